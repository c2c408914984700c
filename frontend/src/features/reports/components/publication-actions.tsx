import { App, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useCloseMonth } from '../api/close-month';
import { useReopenMonth } from '../api/reopen-month';
import type { Publication } from '../api/types';
import { formatInstant } from './format';

export interface PublicationActionsProps {
  month: string;
  publication: Publication;
  roles: string[];
}

/** Closed or open, with "close month" for statisticians and "reopen" for admins. */
export function PublicationActions({ month, publication, roles }: PublicationActionsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const close = useCloseMonth();
  const reopen = useReopenMonth();
  const [reopening, setReopening] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const closed = publication.status === 'CLOSED';

  const confirmClose = () =>
    modal.confirm({
      title: t('reports.closeConfirmTitle', { month }),
      content: t('reports.closeConfirmContent'),
      okText: t('reports.close'),
      cancelText: t('reports.cancel'),
      onOk: async () => {
        try {
          await close.mutateAsync(month);
          void message.success(t('reports.closedOk', { month }));
        } catch (error) {
          void message.error(errorMessage(t, error));
        }
      },
    });

  const submitReopen = async () => {
    const { reason } = await form.validateFields();
    try {
      await reopen.mutateAsync({ month, reason: reason.trim() });
      void message.success(t('reports.reopenedOk', { month }));
      setReopening(false);
      form.resetFields();
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Space wrap>
      {closed ? (
        <Space size={4} data-testid="report-status">
          <Tag color="green">{t('reports.closed')}</Tag>
          <Typography.Text type="secondary" title={publication.closedBy ?? undefined}>
            {t('reports.closedBy', {
              by: publication.closedByName ?? publication.closedBy ?? '\u2014',
              at: formatInstant(publication.closedAt),
            })}
          </Typography.Text>
        </Space>
      ) : (
        <Tag data-testid="report-status">{t('reports.open')}</Tag>
      )}
      {!closed && roles.includes('stats') && (
        <Button type="primary" loading={close.isPending} onClick={confirmClose}>
          {t('reports.close')}
        </Button>
      )}
      {closed && roles.includes('admin') && <Button onClick={() => setReopening(true)}>{t('reports.reopen')}</Button>}
      <Modal
        open={reopening}
        title={t('reports.reopenTitle', { month })}
        okText={t('reports.reopen')}
        cancelText={t('reports.cancel')}
        confirmLoading={reopen.isPending}
        onOk={() => void submitReopen().catch(() => undefined)}
        onCancel={() => setReopening(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('reports.reopenReason')}
            rules={[{ required: true, whitespace: true, message: t('reports.reopenReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
