import { Alert, App, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { errorText } from '../lib/error-text';

export interface ActionFormModalProps<V> {
  title: string;
  okText: string;
  successText: string;
  initialValues?: Partial<V>;
  /** Sends the form; a refusal with violations lands on the fields, any other is said in the dialog. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  pending: boolean;
  danger?: boolean;
  width?: number;
  /** The fields; given the form to watch values. */
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  fieldOf?: (field: string) => string;
}

/** A small dialog that records one action (a step, a conversion, a drop, an edit) and closes when it is saved. */
export function ActionFormModal<V extends object>({
  title,
  okText,
  successText,
  initialValues,
  onSubmit,
  onClose,
  pending,
  danger,
  width = 560,
  children,
  fieldOf = (field) => field.replace(/\[\d+\].*$/, ''),
}: ActionFormModalProps<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [failure, setFailure] = useState<string>();

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    setFailure(undefined);
    try {
      await onSubmit(values);
      void message.success(successText);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.violations.length > 0) {
        form.setFields(error.violations.map((v) => ({ name: fieldOf(v.field) as never, errors: [v.message] })));
      } else if (error instanceof ApiError && error.code === 'version.stale') {
        // The record behind has been refreshed: the edit must start again from the new version.
        void message.error(errorText(t, error));
        onClose();
      } else {
        setFailure(errorText(t, error));
      }
    }
  };

  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 16 }} />}
      <Form<V> form={form} layout="vertical" initialValues={initialValues}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
