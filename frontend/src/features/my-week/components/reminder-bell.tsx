import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useReminders } from '../api/get-reminders';
import type { Reminder } from '../api/types';

const READERS = ['officer', 'unit_head'];

const PATHS: Record<Reminder['kind'], (id: number) => string> = {
  FOLLOW_UP: (id) => `/visits/${id}`,
  LEAD_OVERDUE: (id) => `/leads/${id}`,
  CONFIRMATIONS_PENDING: () => '/confirmations',
  CHANGE_RETURNED: (id) => `/projects/${id}`,
};

const URGENT: Reminder['kind'][] = ['LEAD_OVERDUE', 'CHANGE_RETURNED'];

/** The header's bell: follow-ups due, overdue leads, changes to review or sent back, refreshed every five minutes; officers and unit heads only. */
export function ReminderBell({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const enabled = roles.some((role) => READERS.includes(role));
  const reminders = useReminders(enabled);
  if (!enabled) return null;

  const count = reminders.data?.count ?? 0;
  const items: MenuProps['items'] = [
    { key: 'title', type: 'group', label: t('reminders.title') },
    ...(reminders.isError
      ? [{ key: 'error', disabled: true, label: t('reminders.error') }]
      : (reminders.data?.items ?? []).length === 0
        ? [{ key: 'empty', disabled: true, label: t('reminders.empty') }]
        : (reminders.data?.items ?? []).map((item, index) => ({
            // One project may have several changes sent back: the index keeps the keys apart.
            key: `${PATHS[item.kind](item.id)}#${index}`,
            danger: URGENT.includes(item.kind),
            label: (
              <div style={{ maxWidth: 300, whiteSpace: 'normal' }}>
                <Typography.Text strong type={URGENT.includes(item.kind) ? 'danger' : undefined}>
                  {t(`reminders.kinds.${item.kind}`)}
                </Typography.Text>{' '}
                {item.title}
                {item.dueOn && (
                  <>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('reminders.dueOn', { date: item.dueOn })}
                    </Typography.Text>
                  </>
                )}
              </div>
            ),
          }))),
    { type: 'divider' },
    { key: '/my-week', label: t('reminders.all') },
  ];

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{ items, onClick: ({ key }) => navigate(key.split('#')[0]) }}
    >
      <Button
        type="text"
        size="large"
        aria-label={count > 0 ? t('reminders.labelWithCount', { n: count }) : t('reminders.label')}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 20 }} />
          </Badge>
        }
      />
    </Dropdown>
  );
}
