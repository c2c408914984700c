import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useAddFund } from '../api/add-fund';
import { ORIGIN_TIERS, type OriginTier, type Project } from '../api/types';
import { DECIMAL_4, toDateString, toDecimal } from '../../../lib/format';
import { MoneyInput } from '../../../components/money-field';
import { PastDateField } from '../../../components/past-date-picker';
import { codeOptions } from '../../../lib/select-options';

export interface FundFormModalProps {
  open: boolean;
  project: Project;
  onClose: () => void;
}

interface Values {
  arrivedOn: Dayjs;
  amount: string;
  foreignUsd?: string;
  originTier?: OriginTier;
  evidence: string;
}

export function FundFormModal({ open, project, onClose }: FundFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddFund();

  const decimal = (required: boolean, positive: boolean) => ({
    validator: (_: unknown, value?: string) => {
      if (value === undefined || value === null || value === '') {
        return required ? Promise.reject(new Error(t('projects.funds.validation.amount'))) : Promise.resolve();
      }
      const ok = DECIMAL_4.test(String(value)) && (!positive || Number(value) > 0);
      return ok
        ? Promise.resolve()
        : Promise.reject(new Error(t(positive ? 'projects.funds.validation.amount' : 'projects.validation.decimal')));
    },
  });

  return (
    <FormModal<Values>
      form={form}
      open={open}
      values={() => ({ arrivedOn: dayjs() })}
      title={t('projects.funds.add')}
      pending={add.isPending}
      save={(values) =>
        add.mutateAsync({
          projectId: project.id,
          input: {
            arrivedOn: toDateString(values.arrivedOn),
            amount: Number(values.amount),
            foreignUsd: toDecimal(values.foreignUsd),
            originTier: values.originTier ?? null,
            evidence: values.evidence.trim(),
          },
        })
      }
      successKey="projects.funds.saved"
      onClose={onClose}
    >
      <PastDateField
        name="arrivedOn"
        label={t('projects.funds.arrivedOn')}
        requiredMessage={t('projects.funds.validation.arrivedOn')}
      />
      <Form.Item name="amount" label={t('projects.funds.amount')} required rules={[decimal(true, true)]}>
        <MoneyInput unit={t('projects.wan')} />
      </Form.Item>
      <Form.Item name="foreignUsd" label={t('projects.funds.foreignUsd')} rules={[decimal(false, false)]}>
        <MoneyInput unit={t('projects.wanUsd')} />
      </Form.Item>
      <Form.Item name="originTier" label={t('projects.fields.originTier')} extra={t('projects.funds.originTierHelp')}>
        <Select allowClear options={codeOptions(t, ORIGIN_TIERS, 'projects.originTiers')} />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('projects.funds.evidence')}
        extra={t('projects.funds.evidenceHelp')}
        rules={[{ required: true, whitespace: true, max: 500, message: t('projects.funds.validation.evidence') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
