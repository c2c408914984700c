import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useSaveIndustry } from '../api/save-industry';
import { INDUSTRY_CATEGORIES, type Industry, type IndustryInput } from '../api/types';
import { codeOptions } from '../../../lib/select-options';

const GBT4754 = /^[A-T]([0-9]{2}([0-9]{1,2})?)?$/;

export interface IndustryFormModalProps {
  open: boolean;
  industry?: Industry;
  onClose: () => void;
}

export function IndustryFormModal({ open, industry, onClose }: IndustryFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IndustryInput>();
  const save = useSaveIndustry();

  return (
    <FormModal<IndustryInput>
      form={form}
      open={open}
      record={industry}
      values={() =>
        industry
          ? {
              code: industry.code,
              name: industry.name,
              category: industry.category,
              sortOrder: industry.sortOrder,
              gbt4754Codes: industry.gbt4754Codes,
              description: industry.description ?? undefined,
            }
          : { category: 'FUTURE', sortOrder: 10, gbt4754Codes: [] }
      }
      title={t(industry ? 'industries.edit' : 'industries.add')}
      pending={save.isPending}
      save={(input) => save.mutateAsync({ input, existing: industry })}
      successKey="industries.saved"
      fieldOf={(field) => (field.startsWith('gbt4754Codes') ? 'gbt4754Codes' : field)}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('industries.name')}
        rules={[{ required: true, whitespace: true, max: 50, message: t('industries.validation.name') }]}
      >
        <Input autoFocus maxLength={50} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('industries.code')}
        extra={t('industries.codeHelp')}
        rules={[{ required: true, pattern: /^[a-z0-9-]{2,32}$/, message: t('industries.validation.code') }]}
      >
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="category" label={t('industries.category')} rules={[{ required: true }]}>
        <Select options={codeOptions(t, INDUSTRY_CATEGORIES, 'industries.categories')} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('industries.sortOrder')} rules={[{ required: true }]}>
        <InputNumber min={0} max={999} precision={0} />
      </Form.Item>
      <Form.Item
        name="gbt4754Codes"
        label={t('industries.gbt4754')}
        extra={t('industries.gbt4754Help')}
        rules={[
          {
            validator: (_, codes: string[] = []) =>
              codes.every((code) => GBT4754.test(code))
                ? Promise.resolve()
                : Promise.reject(new Error(t('industries.validation.gbt4754'))),
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', ' ', '，']} open={false} />
      </Form.Item>
      <Form.Item name="description" label={t('industries.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
