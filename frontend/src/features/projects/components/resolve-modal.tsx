import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useResolveWorklogEntry } from '../api/resolve-worklog-entry';
import type { WorklogEntry } from '../api/types';

export interface ResolveModalProps {
  projectId: number;
  entry?: WorklogEntry;
  onClose: () => void;
}

/** Closes a coordination request with what was done about it. */
export function ResolveModal({ projectId, entry, onClose }: ResolveModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ resolution: string }>();
  const resolve = useResolveWorklogEntry();

  useEffect(() => {
    if (entry) form.resetFields();
  }, [entry, form]);

  const submit = useFormSubmit(
    form,
    ({ resolution }) => resolve.mutateAsync({ projectId, entryId: entry?.id ?? 0, resolution: resolution.trim() }),
    { successKey: 'projects.worklog.resolved', onDone: onClose },
  );

  return (
    <Modal
      open={!!entry}
      title={t('projects.worklog.resolveTitle')}
      okText={t('projects.worklog.resolve')}
      cancelText={t('common.cancel')}
      confirmLoading={resolve.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {entry && <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>{entry.content}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item
          name="resolution"
          label={t('projects.worklog.resolution')}
          rules={[{ required: true, whitespace: true, max: 1000, message: t('projects.worklog.validation.resolution') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
