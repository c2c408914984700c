import { Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit, type FormSubmitOptions } from '../lib/use-form-submit';

export interface FormModalProps<V> extends Omit<FormSubmitOptions, 'onDone'> {
  form: FormInstance<V>;
  open: boolean;
  title: string;
  width?: number;
  /** The mutation is running: the save button spins. */
  pending: boolean;
  /** The values the form shows each time it opens (after a reset to blank); absent, the caller fills it. */
  values?: () => Parameters<FormInstance<V>['setFieldsValue']>[0];
  /** The record edited: the form is filled again when it changes while open. */
  record?: unknown;
  /** Sends the validated values; the dialog closes once they are saved. */
  save: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** Enter in a field saves too. */
  submitOnEnter?: boolean;
  children: ReactNode;
}

/**
 * The dialog of a settings list (add or edit one record): save and cancel buttons, the form filled afresh on each
 * opening, and the server's refusal shown on its field or as a message (see useFormSubmit).
 */
export function FormModal<V>({
  form,
  open,
  title,
  width,
  pending,
  values,
  record,
  save,
  onClose,
  submitOnEnter,
  children,
  ...options
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const submit = useFormSubmit(form, save, { ...options, onDone: onClose });

  const fill = useEffectEvent(() => {
    if (!values) return;
    form.resetFields();
    form.setFieldsValue(values());
  });
  // `record` is not read here: it is the trigger to fill the form again when another record is edited.
  useEffect(() => {
    if (open) fill();
  }, [open, record]);

  return (
    <Modal
      open={open}
      width={width}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submitOnEnter ? () => void submit() : undefined}>
        {children}
      </Form>
    </Modal>
  );
}
