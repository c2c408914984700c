import { Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useZones } from '../api/get-space';
import { useSavePark, useSaveZone } from '../api/save-layout';
import { PARK_STATUSES, ZONE_KINDS, type Park, type ParkInput, type Zone, type ZoneInput } from '../api/types';
import { codeOptions, recordOptions } from '../../../lib/select-options';

export type LayoutRecord = { kind: 'zone'; zone?: Zone } | { kind: 'park'; park?: Park };

export interface LayoutFormModalProps {
  editing: LayoutRecord | null;
  onClose: () => void;
}

const CODE_PATTERN = /^[a-z0-9-]+$/;

/** Add or edit a zone (axis, belt, cluster) or a park: code, name and what places it in the layout. */
export function LayoutFormModal({ editing, onClose }: LayoutFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ZoneInput & ParkInput>();
  const saveZone = useSaveZone();
  const savePark = useSavePark();
  const zones = useZones();
  const isZone = editing?.kind === 'zone';
  const existing = editing?.kind === 'zone' ? editing.zone : editing?.park;

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    if (editing.kind === 'zone') {
      const z = editing.zone;
      form.setFieldsValue(
        z
          ? {
              code: z.code,
              name: z.name,
              kind: z.kind,
              sortOrder: z.sortOrder,
              description: z.description ?? undefined,
            }
          : { kind: 'CLUSTER', sortOrder: (zones.data?.items.length ?? 0) + 1 },
      );
    } else {
      const p = editing.park;
      form.setFieldsValue(
        p
          ? {
              code: p.code,
              name: p.name,
              zoneId: p.zone?.id ?? null,
              status: p.status,
              description: p.description ?? undefined,
            }
          : { status: 'PLANNED' },
      );
    }
  }, [editing, form, zones.data]);

  const noun = t(isZone ? 'spaceLayout.zone' : 'spaceLayout.park');
  return (
    <FormModal
      form={form}
      open={editing !== null}
      title={t(existing ? 'spaceLayout.edit' : 'spaceLayout.add', { noun })}
      pending={saveZone.isPending || savePark.isPending}
      save={(values) =>
        editing?.kind === 'zone'
          ? saveZone.mutateAsync({ input: values, existing: editing.zone })
          : savePark.mutateAsync({ input: values, existing: editing?.kind === 'park' ? editing.park : undefined })
      }
      successKey="space.saved"
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t(isZone ? 'space.zoneName' : 'space.parkName')}
        rules={[{ required: true, whitespace: true, max: isZone ? 50 : 100, message: t('spaceLayout.nameRequired') }]}
      >
        <Input autoFocus maxLength={isZone ? 50 : 100} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('spaceLayout.code')}
        extra={t('spaceLayout.codeHelp')}
        rules={[{ required: true, min: 2, max: 32, pattern: CODE_PATTERN, message: t('spaceLayout.codeInvalid') }]}
      >
        <Input maxLength={32} />
      </Form.Item>
      {isZone ? (
        <>
          <Form.Item name="kind" label={t('space.zoneKind')} rules={[{ required: true }]}>
            <Select options={codeOptions(t, ZONE_KINDS, 'space.zoneKinds')} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('spaceLayout.sortOrder')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="zoneId" label={t('space.zone')}>
            <Select allowClear options={recordOptions(zones.data?.items)} />
          </Form.Item>
          <Form.Item name="status" label={t('space.parkStatus')} rules={[{ required: true }]}>
            <Select options={codeOptions(t, PARK_STATUSES, 'space.parkStatuses')} />
          </Form.Item>
        </>
      )}
      <Form.Item name="description" label={t('spaceLayout.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
