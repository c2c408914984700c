import { Alert, App, Button, Form, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { leadQueryOptions } from '../api/get-lead';
import { useSaveLead } from '../api/save-lead';
import type { Lead } from '../api/types';
import { errorText } from '../../../lib/error-text';
import { LeadFormFields } from './lead-form-fields';
import { emptyLeadValues, leadFieldOf, toLeadFormValues, toLeadInput, type LeadFormValues } from './lead-form-values';

export interface LeadFormModalProps {
  /** The lead to edit; absent to create one. Mount the modal to open it. */
  lead?: Lead;
  onClose: () => void;
}

/** Creates or edits a lead; when someone else saved the lead meanwhile it says so and offers to reload it. */
export function LeadFormModal({ lead, onClose }: LeadFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadFormValues>();
  const save = useSaveLead();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The version the edit is based on: the page behind may refresh while the form is open.
  const [base, setBase] = useState(lead);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const initialValues = useMemo(() => (lead ? toLeadFormValues(lead) : emptyLeadValues()), [lead]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    try {
      const saved = await save.mutateAsync({ input: toLeadInput(values, !!base), existing: base });
      void message.success(t('leads.saved'));
      onClose();
      if (!base) navigate(`/leads/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version.stale') {
        setStale(true);
      } else if (error instanceof ApiError && error.violations.length > 0) {
        form.setFields(error.violations.map((v) => ({ name: leadFieldOf(v.field) as never, errors: [v.message] })));
      } else {
        void message.error(errorText(t, error));
      }
    }
  };

  const reload = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const current = await queryClient.fetchQuery({ ...leadQueryOptions(base.id), staleTime: 0 });
      setBase(current);
      form.resetFields();
      form.setFieldsValue(toLeadFormValues(current));
      setStale(false);
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t(lead ? 'leads.edit' : 'leads.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: stale }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          message={t('leads.conflict.title')}
          description={t('leads.conflict.help')}
          action={
            <Button size="small" type="primary" loading={reloading} onClick={() => void reload()}>
              {t('leads.conflict.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" initialValues={initialValues}>
        <LeadFormFields key={base?.version} lead={base} />
      </Form>
    </Modal>
  );
}
