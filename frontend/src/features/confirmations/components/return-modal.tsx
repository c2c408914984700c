import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { REASON_MAX, useReturnChange } from '../api/return-change';
import type { Change } from '../api/types';

export interface ReturnModalProps {
  /** The change to send back; the modal is open while set. */
  change: Change | null;
  onClose: () => void;
}

interface ReturnValues {
  reason: string;
}

/** Sends a change back with the reason the officer will read. */
export function ReturnModal({ change, onClose }: ReturnModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReturnValues>();
  const send = useReturnChange();
  const open = change !== null;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = useFormSubmit(
    form,
    ({ reason }) => send.mutateAsync({ kind: change!.kind, id: change!.id, reason: reason.trim() }),
    { successKey: 'confirmations.returned', onDone: onClose },
  );

  return (
    <Modal
      open={open}
      title={t('confirmations.returnModal.title')}
      okText={t('confirmations.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {change && (
        <Typography.Paragraph>
          <Typography.Text strong>{change.projectName}</Typography.Text> · {t(`confirmations.kinds.${change.kind}`)}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('confirmations.returnModal.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('confirmations.returnModal.reason')}
          rules={[
            { required: true, whitespace: true, message: t('confirmations.returnModal.reasonRequired') },
            { max: REASON_MAX, message: t('confirmations.returnModal.reasonTooLong') },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={REASON_MAX}
            showCount
            placeholder={t('confirmations.returnModal.placeholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
