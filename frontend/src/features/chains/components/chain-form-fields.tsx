import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../industries';
import { recordOptions } from '../../../lib/select-options';

/** Name, industry, description and order of a chain; limits mirror the server's. */
export function ChainFormFields() {
  const { t } = useTranslation();
  const industries = useIndustries(false);
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name="name"
          label={t('chains.fields.name')}
          rules={[{ required: true, whitespace: true, max: 50, message: t('chains.editor.validation.chainName') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="industryId"
          label={t('chains.fields.industry')}
          rules={[{ required: true, message: t('chains.editor.validation.industry') }]}
        >
          <Select loading={industries.isPending} options={recordOptions(industries.data?.items)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={18}>
        <Form.Item name="description" label={t('chains.fields.description')} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="sortOrder" label={t('chains.fields.sortOrder')}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
