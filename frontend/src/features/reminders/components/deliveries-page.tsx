import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveList } from '../../../components/responsive-list';
import { formatInstant } from '../../../lib/date-time';
import { errorMessage } from '../../../lib/error-message';
import { useDeliveries, useSendDigest } from '../api/deliveries';
import type { Delivery } from '../api/types';
import { PageHeader } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';

const STATUS_COLOURS: Record<Delivery['status'], string> = { SENT: 'green', SENDING: 'processing', FAILED: 'red' };

/** The delivery log: the latest mails and robot messages with their status, and the button that sends today's digest now. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 0, size: 50 });
  const deliveries = useDeliveries(paging.page, paging.size);
  const send = useSendDigest();

  const sendNow = async () => {
    try {
      const run = await send.mutateAsync();
      void message.success(t('reminders.deliveries.sentNow', run));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  const status = (d: Delivery) => (
    <Space wrap size={4}>
      <Tag color={STATUS_COLOURS[d.status]}>{t(`reminders.statuses.${d.status}`)}</Tag>
      {d.willRetry && <Tag>{t('reminders.deliveries.willRetry')}</Tag>}
    </Space>
  );
  const channel = (d: Delivery) =>
    `${t(`reminders.channels.${d.channel}`)} · ${t(`reminders.deliveryKinds.${d.kind}`)}`;

  return (
    <Card>
      <PageHeader title={t('reminders.deliveries.title')} marginBottom={8}>
        <Button type="primary" loading={send.isPending} onClick={() => void sendNow()}>
          {t('reminders.deliveries.sendNow')}
        </Button>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('reminders.deliveries.intro')}</Typography.Paragraph>
      {deliveries.isError && <QueryError error={deliveries.error} marginBottom={16} />}
      <ResponsiveList<Delivery>
        rowKey={(d) => d.id}
        items={deliveries.data?.items ?? []}
        loading={deliveries.isLoading}
        empty={t('reminders.deliveries.empty')}
        label={t('reminders.deliveries.title')}
        scrollX={1000}
        paging={{
          page: paging.page,
          size: paging.size,
          total: deliveries.data?.total ?? 0,
          onChange: (page, size) => setPaging({ page, size }),
        }}
        columns={[
          {
            title: t('reminders.deliveries.at'),
            dataIndex: 'createdAt',
            render: (v: string) => formatInstant(v),
            width: 150,
          },
          { title: t('reminders.deliveries.channel'), key: 'channel', render: (_, d) => channel(d), width: 150 },
          { title: t('reminders.deliveries.recipient'), dataIndex: 'recipientName' },
          { title: t('reminders.deliveries.subject'), dataIndex: 'subject', ellipsis: true },
          { title: t('reminders.deliveries.status'), key: 'status', render: (_, d) => status(d), width: 140 },
          { title: t('reminders.deliveries.attempts'), dataIndex: 'attempts', width: 80 },
          {
            title: t('reminders.deliveries.error'),
            dataIndex: 'lastError',
            render: (v: string | null) => v ?? '\u2014',
          },
        ]}
        renderCard={(d) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap size={4}>
              {status(d)}
              <Typography.Text type="secondary">{formatInstant(d.createdAt)}</Typography.Text>
            </Space>
            <Typography.Text strong>{d.recipientName}</Typography.Text>
            <Typography.Text type="secondary">{channel(d)}</Typography.Text>
            <Typography.Text>{d.subject}</Typography.Text>
            {d.lastError && <Typography.Text type="danger">{d.lastError}</Typography.Text>}
          </Space>
        )}
      />
    </Card>
  );
}
