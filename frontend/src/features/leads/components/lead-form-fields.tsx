import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { searchEvents } from '../../events';
import { useIndustries } from '../../industries';
import { searchInvestors } from '../../projects';
import { searchTrips } from '../../trips';
import { LEAD_SOURCES, type Lead } from '../api/types';
import { isValidCreditCode } from '../lib/credit-code';
import { RemoteSelect } from '../../../components/remote-select';
import type { LeadFormValues } from './lead-form-values';
import { MoneyField } from '../../../components/money-field';
import { PastDateField } from '../../../components/past-date-picker';
import { codeOptions, recordOptions } from '../../../lib/select-options';

const searchEnterprises = async (q: string) =>
  (await searchInvestors(q)).items.map((firm) => ({
    value: firm.id,
    label: firm.creditCode ? `${firm.name} (${firm.creditCode})` : firm.name,
  }));

export interface LeadFormFieldsProps {
  /** The lead being edited (names of its firm, trip and event); absent when creating. */
  lead?: Lead;
}

/** The fields of the lead form; limits mirror the server's validation. */
export function LeadFormFields({ lead }: LeadFormFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<LeadFormValues>();
  const mode = Form.useWatch('enterpriseMode', form);
  const industries = useIndustries(false);
  const half = { xs: 24, md: 12 };

  return (
    <Row gutter={12}>
      <Col span={24}>
        <Form.Item
          name="title"
          label={t('leads.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('leads.validation.title') }, { max: 200 }]}
        >
          <Input autoFocus maxLength={200} placeholder={t('leads.form.titlePlaceholder')} />
        </Form.Item>
      </Col>
      {!lead && (
        <Col span={24}>
          <Form.Item name="enterpriseMode" label={t('leads.fields.enterprise')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'existing', label: t('leads.form.existingEnterprise') },
                { value: 'new', label: t('leads.form.newEnterprise') },
              ]}
            />
          </Form.Item>
        </Col>
      )}
      {mode === 'new' && !lead ? (
        <>
          <Col {...half}>
            <Form.Item
              name="newName"
              label={t('leads.form.newName')}
              extra={t('leads.form.newEnterpriseHelp')}
              rules={[{ required: true, whitespace: true, message: t('leads.validation.newName') }, { max: 200 }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="newCreditCode"
              label={t('leads.form.creditCode')}
              normalize={(v?: string) => v?.toUpperCase().trim()}
              rules={[
                {
                  validator: (_, v?: string) =>
                    !v || isValidCreditCode(v)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('leads.validation.creditCode'))),
                },
              ]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        </>
      ) : (
        <Col span={24}>
          <Form.Item
            name="enterpriseId"
            label={lead ? t('leads.fields.enterprise') : t('leads.form.existingEnterprise')}
            extra={lead ? undefined : t('leads.form.enterpriseHelp')}
          >
            <RemoteSelect
              queryKey={['enterprises', 'lead-picker']}
              search={searchEnterprises}
              needsTerm
              initialLabel={lead?.enterpriseName}
              placeholder={t('leads.form.enterprisePlaceholder')}
            />
          </Form.Item>
        </Col>
      )}
      <Col {...half}>
        <Form.Item
          name="source"
          label={t('leads.fields.source')}
          rules={[{ required: true, message: t('leads.validation.source') }]}
        >
          <Select options={codeOptions(t, LEAD_SOURCES, 'leads.sources')} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="sourceDetail" label={t('leads.fields.sourceDetail')} rules={[{ max: 200 }]}>
          <Input maxLength={200} placeholder={t('leads.form.sourceDetailPlaceholder')} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <PastDateField
          name="receivedOn"
          label={t('leads.fields.receivedOn')}
          requiredMessage={t('leads.validation.receivedOn')}
        />
      </Col>
      <Col {...half}>
        <Form.Item name="industryId" label={t('leads.fields.industry')}>
          <Select allowClear loading={industries.isLoading} options={recordOptions(industries.data?.items)} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <MoneyField
          name="estimatedInvestment"
          label={t('leads.fields.estimatedInvestment')}
          unit={t('leads.wan')}
          invalid={t('leads.validation.decimal')}
        />
      </Col>
      <Col {...half}>
        <Form.Item name="tripId" label={t('leads.fields.trip')}>
          <RemoteSelect
            queryKey={['trips', 'picker']}
            search={searchTrips}
            initialLabel={lead?.tripTitle}
            placeholder={t('leads.form.optional')}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="eventId" label={t('leads.fields.event')}>
          <RemoteSelect
            queryKey={['events', 'picker']}
            search={searchEvents}
            initialLabel={lead?.eventName}
            placeholder={t('leads.form.optional')}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="description" label={t('leads.fields.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
