import { Alert, App, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useRecordTransition } from '../api/record-transition';
import { AGREEMENT_TYPES, STAGES, type AgreementType, type Stage, type TransitionInput } from '../api/types';
import { toDateString } from '../../../lib/format';
import { isBackward, needsNote } from './stage-order';
import { PastDateField } from '../../../components/past-date-picker';
import { codeOptions } from '../../../lib/select-options';

export interface TransitionModalProps {
  open: boolean;
  project?: { id: number; code: string; name: string; stage: Stage; version: number; heldStage?: Stage | null };
  /** The column a card was dropped on; absent when opened from the detail page. */
  toStage?: Stage;
  onClose: () => void;
}

interface Values {
  toStage: Stage;
  effectiveDate: Dayjs;
  agreementType?: AgreementType;
  note?: string;
  correction?: boolean;
}

const FIELDS = ['toStage', 'effectiveDate', 'agreementType', 'note', 'correction'];
/** Refusals without violations that still belong to one field. */
const FIELD_OF_CODE: Record<string, keyof Values> = {
  'project.agreement_required': 'agreementType',
  'project.note_required': 'note',
  'project.correction_required': 'correction',
  'project.not_a_correction': 'correction',
  'project.transition_date_order': 'effectiveDate',
  'project.date_in_future': 'effectiveDate',
  'project.same_stage': 'toStage',
};

export function TransitionModal({ open, project, toStage, onClose }: TransitionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordTransition();
  const [error, setError] = useState<string>();
  const [serverWantsCorrection, setServerWantsCorrection] = useState(false);
  const target = Form.useWatch('toStage', form);

  // Opened (again) for a stage: no failure left from before; the form is reset by the effect below.
  const opening = open ? toStage : undefined;
  const [openedFor, setOpenedFor] = useState(opening);
  if (openedFor !== opening) {
    setOpenedFor(opening);
    setError(undefined);
    setServerWantsCorrection(false);
  }
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ toStage, effectiveDate: dayjs() });
  }, [open, toStage, form]);

  const backward =
    !!project && !!target && (isBackward(project.stage, target, project.heldStage) || serverWantsCorrection);
  const noteRequired = backward || needsNote(target);

  const submit = async () => {
    if (!project) return;
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    setError(undefined);
    const note = values.note?.trim();
    const input: TransitionInput = {
      toStage: values.toStage,
      effectiveDate: toDateString(values.effectiveDate),
      ...(note ? { note } : {}),
      ...(values.toStage === 'SIGNED' ? { agreementType: values.agreementType } : {}),
      ...(backward ? { correction: true } : {}),
    };
    try {
      await record.mutateAsync({ project, input });
      void message.success(t('projects.transition.done', { stage: t(`projects.stages.${values.toStage}`) }));
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) return setError(errorMessage(t, e));
      if (e.code === 'project.correction_required') {
        // The card did not know the stage it was held in: the server says this move goes back.
        setServerWantsCorrection(true);
        return setError(errorMessage(t, e));
      }
      const onFields = e.violations.filter((v) => FIELDS.includes(v.field));
      const field = FIELD_OF_CODE[e.code];
      if (onFields.length > 0) {
        form.setFields(onFields.map((v) => ({ name: v.field as keyof Values, errors: [v.message] })));
      } else if (field) {
        form.setFields([{ name: field, errors: [errorMessage(t, e)] }]);
      }
      if (onFields.length === 0 && !field) {
        setError(e.code === 'version.stale' ? t('projects.transition.stale') : errorMessage(t, e));
      }
    }
  };

  return (
    <Modal
      open={open}
      title={project ? t('projects.transition.title', { name: project.name }) : t('projects.transition.change')}
      okText={t('projects.transition.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {project && (
        <Typography.Paragraph type="secondary">
          {t('projects.transition.from', { code: project.code, stage: t(`projects.stages.${project.stage}`) })}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="toStage"
          label={t('projects.transition.toStage')}
          rules={[{ required: true, message: t('projects.transition.validation.toStage') }]}
        >
          <Select
            options={codeOptions(
              t,
              STAGES.filter((s) => s !== project?.stage),
              'projects.stages',
            )}
          />
        </Form.Item>
        <PastDateField
          name="effectiveDate"
          label={t('projects.transition.effectiveDate')}
          extra={t('projects.transition.effectiveDateHelp')}
          requiredMessage={t('projects.transition.validation.effectiveDate')}
        />
        {target === 'SIGNED' && (
          <Form.Item
            name="agreementType"
            label={t('projects.fields.agreementType')}
            rules={[{ required: true, message: t('projects.transition.validation.agreementType') }]}
          >
            <Select options={codeOptions(t, AGREEMENT_TYPES, 'projects.agreementTypes')} />
          </Form.Item>
        )}
        {backward && (
          <>
            <Alert
              type="warning"
              showIcon
              message={t('projects.transition.backwardHelp')}
              style={{ marginBottom: 12 }}
            />
            <Form.Item
              name="correction"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, checked?: boolean) =>
                    checked
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('projects.transition.validation.correction'))),
                },
              ]}
            >
              <Checkbox>{t('projects.transition.correction')}</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label={t(backward ? 'projects.transition.correctionNote' : 'projects.transition.note')}
          rules={[
            { required: noteRequired, whitespace: true, message: t('projects.transition.validation.note') },
            { max: 1000 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
