import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useIndustries } from '../../industries';
import { useParks } from '../api/get-space';
import { useSaveSite } from '../api/save-site';
import { SITE_KINDS, type Site, type SiteInput } from '../api/types';
import { codeOptions, recordOptions } from '../../../lib/select-options';

export interface SiteFormModalProps {
  open: boolean;
  site?: Site;
  onClose: () => void;
}

export function SiteFormModal({ open, site, onClose }: SiteFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SiteInput>();
  const save = useSaveSite();
  const parks = useParks();
  const industries = useIndustries();

  return (
    <FormModal<SiteInput>
      form={form}
      open={open}
      record={site}
      values={() =>
        site
          ? {
              name: site.name,
              kind: site.kind,
              parkId: site.park?.id ?? null,
              address: site.address ?? undefined,
              areaSqm: site.areaSqm,
              freeAreaSqm: site.freeAreaSqm,
              contactName: site.contactName ?? undefined,
              contactPhone: site.contactPhone ?? undefined,
              suitableIndustryIds: site.suitableIndustries.map((i) => i.id),
            }
          : { kind: 'BUILDING', suitableIndustryIds: [] }
      }
      title={t(site ? 'space.editSite' : 'space.addSite')}
      pending={save.isPending}
      save={(input) => save.mutateAsync({ input, existing: site })}
      successKey="space.saved"
      onClose={onClose}
    >
      <Form.Item name="name" label={t('space.siteName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('space.siteKind')} rules={[{ required: true }]}>
        <Select options={codeOptions(t, SITE_KINDS, 'space.siteKinds')} />
      </Form.Item>
      <Form.Item name="parkId" label={t('space.park')}>
        <Select allowClear options={recordOptions(parks.data?.items)} />
      </Form.Item>
      <Form.Item name="address" label={t('space.address')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="areaSqm"
        label={t('space.area')}
        rules={[{ required: true, message: t('space.validation.area') }]}
      >
        <InputNumber min={0.01} precision={2} style={{ width: '100%' }} addonAfter="m²" />
      </Form.Item>
      <Form.Item
        name="freeAreaSqm"
        label={t('space.freeArea')}
        dependencies={['areaSqm']}
        rules={[
          { required: true, message: t('space.validation.freeArea') },
          ({ getFieldValue }) => ({
            validator: (_, free?: number) =>
              free === undefined || free <= (getFieldValue('areaSqm') ?? Infinity)
                ? Promise.resolve()
                : Promise.reject(new Error(t('space.validation.freeExceeds'))),
          }),
        ]}
      >
        <InputNumber min={0} precision={2} style={{ width: '100%' }} addonAfter="m²" />
      </Form.Item>
      <Form.Item name="suitableIndustryIds" label={t('space.suitable')}>
        <Select mode="multiple" options={recordOptions(industries.data?.items)} />
      </Form.Item>
      <Form.Item name="contactName" label={t('space.contact')} rules={[{ max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('space.phone')} rules={[{ max: 30 }]}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
    </FormModal>
  );
}
