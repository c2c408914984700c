import { CheckOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/api/get-me';
import { forgetMe } from '../../features/auth/api/last-me';
import { useEmailDigestSwitch } from '../../features/reminders';
import { errorMessage } from '../../lib/error-message';
import { CHANGE_COLOURS, setChangeColours, useChangeColours, type ChangeColours } from '../../lib/change-colours';

export interface UserMenuProps {
  me: Me;
  /** On a phone the header has room for the app's name: the user shows as an icon, their name inside the menu. */
  compact?: boolean;
}

const COLOURS_PREFIX = 'changeColours:';

export function UserMenu({ me, compact = false }: UserMenuProps) {
  const { t } = useTranslation();
  const colours = useChangeColours();
  const { message } = App.useApp();
  const emailDigest = useEmailDigestSwitch();
  const switchEmailDigest = async () => {
    try {
      await emailDigest.mutateAsync(!me.emailDigest);
      void message.success(t('app.emailDigestSaved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const roles = me.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join('、');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [COLOURS_PREFIX + colours, ...(me.email && me.emailDigest ? ['emailDigest'] : [])],
        items: [
          ...(compact
            ? [
                {
                  key: 'me',
                  disabled: true,
                  label: `${me.displayName} · ${roles} · ${me.unit?.name ?? t('app.noUnit')}`,
                },
                { type: 'divider' as const },
              ]
            : []),
          {
            type: 'group',
            key: 'changeColours',
            label: t('app.changeColours.title'),
            children: CHANGE_COLOURS.map((c) => ({ key: COLOURS_PREFIX + c, label: t(`app.changeColours.${c}`) })),
          },
          { type: 'divider' },
          {
            type: 'group',
            key: 'reminders',
            label: t('app.emailDigest'),
            children: [
              {
                key: 'emailDigest',
                // Without an email there is nothing to switch: the provider's account needs one first.
                disabled: !me.email,
                icon: me.email && me.emailDigest ? <CheckOutlined /> : undefined,
                label: t(me.email ? 'app.emailDigestOn' : 'app.emailDigestNoEmail'),
              },
            ],
          },
          { type: 'divider' },
          { key: 'logout', label: t('app.logout') },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') {
            forgetMe();
            window.location.assign('/logout');
          } else if (key === 'emailDigest') void switchEmailDigest();
          else if (key.startsWith(COLOURS_PREFIX)) setChangeColours(key.slice(COLOURS_PREFIX.length) as ChangeColours);
        },
      }}
    >
      {compact ? (
        <Button type="text" size="large" icon={<UserOutlined />} aria-label={me.displayName} />
      ) : (
        <Button type="text" style={{ height: 'auto', padding: '4px 8px' }} aria-label={me.displayName}>
          <Flex vertical align="flex-end" style={{ lineHeight: 1.3 }}>
            <Typography.Text strong>{me.displayName}</Typography.Text>
            <Space size={4}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {roles}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                · {me.unit?.name ?? t('app.noUnit')}
              </Typography.Text>
            </Space>
          </Flex>
        </Button>
      )}
    </Dropdown>
  );
}
