import { Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { POOLS } from '../../projects';
import { toDateString, toDecimal } from '../../../lib/format';
import { useConvertLead } from '../api/convert-lead';
import { useDropLead } from '../api/drop-lead';
import { useRecordStep } from '../api/record-step';
import { ASSESSMENT_RESULTS, type AssessmentResult, type ClockKind, type ConvertInput, type Lead } from '../api/types';
import { ActionFormModal } from '../../../components/action-form-modal';
import { MoneyField } from '../../../components/money-field';
import { PastDatePicker } from '../../../components/past-date-picker';
import { codeOptions } from '../../../lib/select-options';

interface DatedNote {
  onDate: Dayjs;
  note: string;
}

/** A business date between the lead's receipt and today. */
function OnDateField({ lead, label, name = 'onDate' }: { lead: Lead; label: string; name?: string }) {
  const { t } = useTranslation();
  const outside = (d: Dayjs) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(lead.receivedOn), 'day');
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('leads.validation.onDate') }]}>
      <PastDatePicker disabledDate={outside} />
    </Form.Item>
  );
}

function NoteField({ label, required = true }: { label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="note"
      label={label}
      rules={[{ required, whitespace: true, message: t('leads.validation.note') }, { max: 2000 }]}
    >
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
  );
}

export interface LeadModalProps {
  lead: Lead;
  onClose: () => void;
}

/** Records that a step was taken: respond, assess (with its result), first feedback, or a progress report. */
export function StepModal({ lead, kind, onClose }: LeadModalProps & { kind: ClockKind }) {
  const { t } = useTranslation();
  const record = useRecordStep();
  const step = t(`leads.clocks.${kind}`);
  return (
    <ActionFormModal<DatedNote & { assessmentResult?: AssessmentResult }>
      title={t('leads.steps.record', { step })}
      okText={t('leads.steps.submit')}
      successText={t('leads.steps.recorded', { step })}
      initialValues={{ onDate: dayjs() }}
      pending={record.isPending}
      onClose={onClose}
      onSubmit={(v) =>
        record.mutateAsync({
          id: lead.id,
          input: {
            kind,
            onDate: toDateString(v.onDate),
            note: v.note.trim(),
            ...(kind === 'ASSESS' ? { assessmentResult: v.assessmentResult } : {}),
          },
        })
      }
    >
      <OnDateField lead={lead} label={t('leads.steps.onDate')} />
      {kind === 'ASSESS' && (
        <Form.Item
          name="assessmentResult"
          label={t('leads.fields.assessmentResult')}
          rules={[{ required: true, message: t('leads.validation.assessmentResult') }]}
        >
          <Radio.Group options={codeOptions(t, ASSESSMENT_RESULTS, 'leads.assessmentResults')} />
        </Form.Item>
      )}
      <NoteField label={t(`leads.steps.notes.${kind}`)} />
    </ActionFormModal>
  );
}

interface ConvertValues {
  projectName: string;
  stage: 'LEAD' | 'NEGOTIATING';
  effectiveDate: Dayjs;
  pool?: NonNullable<ConvertInput['pool']>;
  totalInvestment?: string;
}

/** Makes a project of the lead and opens it. */
export function ConvertModal({ lead, onClose }: LeadModalProps) {
  const { t } = useTranslation();
  const convert = useConvertLead();
  const navigate = useNavigate();
  return (
    <ActionFormModal<ConvertValues>
      title={t('leads.convert.title')}
      okText={t('leads.convert.submit')}
      successText={t('leads.convert.done')}
      initialValues={{
        projectName: lead.title,
        stage: 'NEGOTIATING',
        effectiveDate: dayjs(),
        totalInvestment: lead.estimatedInvestment == null ? undefined : String(lead.estimatedInvestment),
      }}
      pending={convert.isPending}
      onClose={onClose}
      onSubmit={async (v) => {
        const { projectId } = await convert.mutateAsync({
          id: lead.id,
          input: {
            projectName: v.projectName.trim(),
            stage: v.stage,
            effectiveDate: toDateString(v.effectiveDate),
            pool: v.pool ?? null,
            totalInvestment: toDecimal(v.totalInvestment),
          },
        });
        navigate(`/projects/${projectId}`);
      }}
    >
      <p>{t('leads.convert.intro')}</p>
      <Form.Item
        name="projectName"
        label={t('leads.convert.projectName')}
        rules={[{ required: true, whitespace: true, message: t('leads.validation.projectName') }, { max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="stage" label={t('leads.convert.stage')} rules={[{ required: true }]}>
        <Radio.Group options={codeOptions(t, ['LEAD', 'NEGOTIATING'] as const, 'projects.stages')} />
      </Form.Item>
      <OnDateField lead={lead} name="effectiveDate" label={t('leads.convert.effectiveDate')} />
      <Form.Item name="pool" label={t('projects.fields.pool')}>
        <Select allowClear options={codeOptions(t, POOLS, 'projects.pools')} />
      </Form.Item>
      <MoneyField
        name="totalInvestment"
        label={t('leads.convert.totalInvestment')}
        unit={t('leads.wan')}
        invalid={t('leads.validation.decimal')}
      />
    </ActionFormModal>
  );
}

/** Gives the lead up, with the reason. */
export function DropModal({ lead, onClose }: LeadModalProps) {
  const { t } = useTranslation();
  const drop = useDropLead();
  return (
    <ActionFormModal<DatedNote>
      title={t('leads.drop.title')}
      okText={t('leads.drop.submit')}
      successText={t('leads.drop.done')}
      danger
      initialValues={{ onDate: dayjs() }}
      pending={drop.isPending}
      onClose={onClose}
      onSubmit={(v) =>
        drop.mutateAsync({ id: lead.id, input: { onDate: toDateString(v.onDate), note: v.note.trim() } })
      }
    >
      <OnDateField lead={lead} label={t('leads.drop.onDate')} />
      <NoteField label={t('leads.drop.reason')} />
    </ActionFormModal>
  );
}
