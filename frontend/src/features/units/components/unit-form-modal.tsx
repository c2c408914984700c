import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useSaveUnit } from '../api/save-unit';
import { UNIT_KINDS, type Unit, type UnitInput } from '../api/types';
import { codeOptions } from '../../../lib/select-options';

export interface UnitFormModalProps {
  open: boolean;
  unit?: Unit;
  onClose: () => void;
}

export function UnitFormModal({ open, unit, onClose }: UnitFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitInput>();
  const save = useSaveUnit();

  return (
    <FormModal<UnitInput>
      form={form}
      open={open}
      record={unit}
      values={() => (unit ? { code: unit.code, name: unit.name, kind: unit.kind } : { kind: 'STREET' })}
      title={t(unit ? 'units.edit' : 'units.add')}
      pending={save.isPending}
      save={(input) => save.mutateAsync({ input, existing: unit })}
      successKey="units.saved"
      onClose={onClose}
      submitOnEnter
    >
      <Form.Item
        name="code"
        label={t('units.code')}
        extra={t('units.codeHelp')}
        rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{2,32}$/, message: t('units.validation.code') }]}
      >
        <Input autoFocus maxLength={32} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('units.name')}
        rules={[{ required: true, whitespace: true, max: 100, message: t('units.validation.name') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('units.validation.kind') }]}>
        <Select options={codeOptions(t, UNIT_KINDS, 'units.kinds')} />
      </Form.Item>
    </FormModal>
  );
}
