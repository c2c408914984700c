import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveList } from '../../../components/responsive-list';
import { errorMessage } from '../../../lib/error-message';
import { useRemoveWebhook, useWebhooks } from '../api/webhooks';
import type { Webhook } from '../api/types';
import { WebhookFormModal } from './webhook-form-modal';
import { QueryError } from '../../../components/query-error';
import { PageTitle } from '../../../components/list-parts';

/** Reminder settings: each unit's group robot, where its daily digest and escalations are posted. */
export function ReminderSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const webhooks = useWebhooks();
  const remove = useRemoveWebhook();
  const [editing, setEditing] = useState<Webhook | undefined>();

  const removeRobot = async (unit: Webhook) => {
    try {
      await remove.mutateAsync(unit);
      void message.success(t('reminders.webhooks.removed'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  const robot = (unit: Webhook) =>
    unit.kind ? (
      <Space wrap size={4}>
        <Tag color={unit.kind === 'WECOM' ? 'green' : 'blue'}>{t(`reminders.kinds.${unit.kind}`)}</Tag>
        {unit.signed && <Tag>{t('reminders.webhooks.signed')}</Tag>}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('reminders.webhooks.none')}</Typography.Text>
    );
  const actions = (unit: Webhook) => (
    <Space size={0} wrap>
      <Button type="link" onClick={() => setEditing(unit)} aria-label={`${t('common.edit')} ${unit.unitName}`}>
        {t(unit.kind ? 'common.edit' : 'reminders.webhooks.set')}
      </Button>
      {unit.kind && (
        <Popconfirm
          title={t('reminders.webhooks.removeConfirm', { unit: unit.unitName })}
          okText={t('reminders.webhooks.remove')}
          cancelText={t('common.cancel')}
          onConfirm={() => removeRobot(unit)}
        >
          <Button type="link" danger>
            {t('reminders.webhooks.remove')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Card>
      <PageTitle title={t('reminders.webhooks.title')} intro={t('reminders.webhooks.intro')} />
      {webhooks.isError && <QueryError error={webhooks.error} marginBottom={16} />}
      <ResponsiveList<Webhook>
        rowKey={(unit) => unit.unitId}
        items={webhooks.data ?? []}
        loading={webhooks.isLoading}
        empty={t('reminders.webhooks.empty')}
        label={t('reminders.webhooks.title')}
        scrollX={720}
        columns={[
          { title: t('reminders.webhooks.unit'), dataIndex: 'unitName' },
          { title: t('reminders.webhooks.kind'), key: 'kind', render: (_, unit) => robot(unit) },
          {
            title: t('reminders.webhooks.url'),
            dataIndex: 'url',
            ellipsis: true,
            render: (url: string | null) => url ?? '\u2014',
          },
          { title: t('reminders.webhooks.actions'), key: 'actions', render: (_, unit) => actions(unit) },
        ]}
        renderCard={(unit) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text strong>{unit.unitName}</Typography.Text>
            {robot(unit)}
            {unit.url && (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
                {unit.url}
              </Typography.Text>
            )}
            {actions(unit)}
          </Space>
        )}
      />
      <WebhookFormModal unit={editing} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
