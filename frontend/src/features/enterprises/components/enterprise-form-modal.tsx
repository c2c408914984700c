import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FormModal } from '../../../components/form-modal';
import { useIndustries } from '../../industries';
import { useSaveEnterprise } from '../api/save-enterprise';
import { NATURES, STATUSES, TAG_CODES, type Enterprise, type EnterpriseInput, type TagCode } from '../api/types';
import { codeOptions, recordOptions } from '../../../lib/select-options';

export interface EnterpriseFormModalProps {
  open: boolean;
  enterprise?: Enterprise;
  onClose: () => void;
}

type FormValues = Omit<EnterpriseInput, 'tags'> & { tagCodes: TagCode[] };

export function EnterpriseFormModal({ open, enterprise, onClose }: EnterpriseFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveEnterprise();
  const industries = useIndustries();
  const navigate = useNavigate();

  const toInput = ({ tagCodes, ...values }: FormValues): EnterpriseInput => ({
    ...values,
    // A tag keeps the year of the list it came from; a newly added one has none yet.
    tags: tagCodes.map((tag) => ({ tag, listYear: enterprise?.tags.find((x) => x.tag === tag)?.listYear ?? null })),
  });

  return (
    <FormModal<FormValues>
      form={form}
      open={open}
      record={enterprise}
      values={() =>
        enterprise
          ? {
              ...enterprise,
              creditCode: enterprise.creditCode ?? undefined,
              regionCode: enterprise.regionCode ?? undefined,
              industryCode: enterprise.industryCode ?? undefined,
              website: enterprise.website ?? undefined,
              description: enterprise.description ?? undefined,
              attractionMethod: enterprise.attractionMethod ?? undefined,
              source: enterprise.source ?? undefined,
              tagCodes: enterprise.tags.map((tag) => tag.tag),
            }
          : { status: 'POOL', nature: 'PRIVATE', formerNames: [], tagCodes: [], contacts: [] }
      }
      width={720}
      title={t(enterprise ? 'enterprises.edit' : 'enterprises.add')}
      pending={save.isPending}
      save={async (values) => {
        const saved = await save.mutateAsync({ input: toInput(values), existing: enterprise });
        if (!enterprise) navigate(`/enterprises/${saved.id}`);
      }}
      successKey="enterprises.saved"
      fieldOf={(field) => field.replace(/\[\d+\].*$/, '')}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('enterprises.name')}
        rules={[{ required: true, whitespace: true, max: 200, message: t('enterprises.validation.name') }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label={t('enterprises.creditCode')}
            normalize={(v?: string) => v?.toUpperCase().trim()}
            rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, message: t('enterprises.validation.creditCode') }]}
          >
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="status" label={t('enterprises.status')} rules={[{ required: true }]}>
            <Select options={codeOptions(t, STATUSES, 'enterprises.statuses')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="industryId" label={t('enterprises.industry')}>
            <Select allowClear options={recordOptions(industries.data?.items)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="industryCode"
            label={t('enterprises.industryCode')}
            rules={[{ pattern: /^[A-T]([0-9]{2}([0-9]{1,2})?)?$/, message: t('industries.validation.gbt4754') }]}
          >
            <Input maxLength={5} placeholder="C2614" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="regionCode"
            label={t('enterprises.region')}
            rules={[{ pattern: /^[0-9]{6}$/, message: t('enterprises.validation.region') }]}
          >
            <Input maxLength={6} placeholder="370105" inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nature" label={t('enterprises.nature')}>
            <Select allowClear options={codeOptions(t, NATURES, 'enterprises.natures')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="registeredCapital" label={t('enterprises.capital')}>
            <InputNumber
              min={0}
              precision={4}
              style={{ width: '100%' }}
              addonAfter={t('enterprises.tenThousandYuan')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="employees" label={t('enterprises.employees')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="tagCodes" label={t('enterprises.tagsLabel')}>
        <Select mode="multiple" options={codeOptions(t, TAG_CODES, 'enterprises.tags')} />
      </Form.Item>
      <Form.Item name="formerNames" label={t('enterprises.formerNames')} extra={t('enterprises.formerNamesHelp')}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="description" label={t('enterprises.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <Space key={key} wrap align="baseline" style={{ display: 'flex' }}>
                <Form.Item
                  name={[name, 'name']}
                  rules={[{ required: true, message: t('enterprises.validation.contactName') }]}
                >
                  <Input placeholder={t('enterprises.contactName')} maxLength={50} />
                </Form.Item>
                <Form.Item name={[name, 'title']}>
                  <Input placeholder={t('enterprises.contactTitle')} maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={[name, 'phone']}
                  rules={[{ pattern: /^[0-9+\- ]{5,30}$/, message: t('enterprises.validation.phone') }]}
                >
                  <Input placeholder={t('enterprises.contactPhone')} inputMode="tel" maxLength={30} />
                </Form.Item>
                <MinusCircleOutlined aria-label={t('common.remove')} onClick={() => remove(name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
              {t('enterprises.addContact')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
