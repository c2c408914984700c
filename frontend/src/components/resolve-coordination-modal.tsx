import { Form, Input, Modal } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../lib/use-form-submit';

const MAX_RESOLUTION = 1000;

export interface ResolveCoordinationModalProps {
  open: boolean;
  /** What is being closed (the request's text, its project), shown above the answer. */
  subject?: ReactNode;
  pending: boolean;
  /** Sends the resolution, trimmed; a refusal is shown on the field or as the server's message. */
  onSubmit: (resolution: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Closes a coordination request with what was done about it (required): from a project's work log and from the
 * cockpit, each with its own call.
 */
export function ResolveCoordinationModal({ open, subject, pending, onSubmit, onClose }: ResolveCoordinationModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ resolution: string }>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = useFormSubmit(form, ({ resolution }) => onSubmit(resolution.trim()), {
    successKey: 'projects.worklog.resolved',
    onDone: onClose,
  });

  return (
    <Modal
      open={open}
      title={t('projects.worklog.resolveTitle')}
      okText={t('projects.worklog.resolve')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {subject}
      <Form form={form} layout="vertical">
        <Form.Item
          name="resolution"
          label={t('projects.worklog.resolution')}
          rules={[
            {
              required: true,
              whitespace: true,
              max: MAX_RESOLUTION,
              message: t('projects.worklog.validation.resolution'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={MAX_RESOLUTION} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
