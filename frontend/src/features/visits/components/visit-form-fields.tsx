import { DatePicker, Divider, Form, Input, Select, type FormInstance } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DATE_FORMAT, isFutureDate } from '../../../lib/format';
import type { Contact } from '../../enterprises';
import type { LinkOption } from '../api/search-links';
import { VISIT_INTENTS, VISIT_KINDS, type Visit } from '../api/types';
import { ChoiceButtons } from './choice-buttons';
import { LinkSelect } from './link-select';
import { VisitFormActions } from './visit-form-actions';
import { contactValue, type VisitFormValues } from './visit-form-values';
import { PastDatePicker } from '../../../components/past-date-picker';
import { codeOptions } from '../../../lib/select-options';

export interface VisitFormFieldsProps {
  form: FormInstance<VisitFormValues>;
  initialValues: VisitFormValues;
  onValuesChange: (changed: Partial<VisitFormValues>) => void;
  onFinish: () => void;
  onCancel: () => void;
  saving: boolean;
  phone: boolean;
  /** The visit being edited; none for a new one. */
  visit?: Visit;
  /** Our side's names offered (the current user, those already on the visit). */
  usernames: Map<string, string>;
  /** The chosen firm's contacts, offered as their side. */
  contacts: Map<number, Contact>;
  enterpriseId?: number;
  /** Offline, the firm picker's answers: the firms chosen before on this device. */
  recentFirms: (term: string) => LinkOption[];
}

/** The visit's fields, in the order a visit is told: with whom, how, when, who came, what was said, what next. */
export function VisitFormFields({
  form,
  initialValues,
  onValuesChange,
  onFinish,
  onCancel,
  saving,
  phone,
  visit,
  usernames,
  contacts,
  enterpriseId,
  recentFirms,
}: VisitFormFieldsProps) {
  const { t } = useTranslation();
  const withTitle = (name: string, title: string) => t('visits.withTitle', { name, title });

  const followUpRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, value?: dayjs.Dayjs | null) => {
      const visitedOn = getFieldValue('visitedOn') as dayjs.Dayjs | null;
      return value && visitedOn && value.isBefore(visitedOn, 'day')
        ? Promise.reject(new Error(t('visits.validation.followUpBeforeVisit')))
        : Promise.resolve();
    },
  });

  return (
    <Form<VisitFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      scrollToFirstError
      style={{ maxWidth: 720 }}
    >
      <Form.Item
        name="enterprise"
        label={t('visits.fields.enterprise')}
        rules={[{ required: true, message: t('visits.validation.enterprise') }]}
      >
        <LinkSelect
          kind="enterprise"
          placeholder={t('visits.form.enterprisePlaceholder')}
          hint={t('visits.form.enterpriseHint')}
          none={t('visits.form.enterpriseNone')}
          offline={recentFirms}
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('visits.fields.kind')}
        rules={[{ required: true, message: t('visits.validation.kind') }]}
      >
        <ChoiceButtons
          label={t('visits.fields.kind')}
          height={phone ? 48 : 44}
          options={codeOptions(t, VISIT_KINDS, 'visits.kinds')}
        />
      </Form.Item>
      <Form.Item
        name="visitedOn"
        label={t('visits.fields.visitedOn')}
        rules={[
          { required: true, message: t('visits.validation.visitedOn') },
          {
            validator: (_, value?: dayjs.Dayjs | null) =>
              value && isFutureDate(value)
                ? Promise.reject(new Error(t('visits.validation.dateInFuture')))
                : Promise.resolve(),
          },
        ]}
      >
        <PastDatePicker inputReadOnly={phone} />
      </Form.Item>
      <Form.Item name="ourParticipants" label={t('visits.fields.ourParticipants')} extra={t('visits.form.ourHelp')}>
        <Select
          mode="tags"
          tokenSeparators={[',', ' ']}
          options={[...usernames.keys()].map((name) => ({ value: name, label: name }))}
        />
      </Form.Item>
      <Form.Item
        name="theirParticipants"
        label={t('visits.fields.theirParticipants')}
        extra={enterpriseId ? t('visits.form.theirHelp') : t('visits.form.theirNeedsEnterprise')}
      >
        <Select
          mode="tags"
          labelInValue
          placeholder={t('visits.form.theirPlaceholder')}
          optionFilterProp="label"
          options={[...contacts.values()].map((c) => ({
            value: contactValue(c.id as number),
            label: c.title ? withTitle(c.name, c.title) : c.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('visits.fields.summary')}
        rules={[{ required: true, whitespace: true, max: 4000, message: t('visits.validation.summary') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 14 }}
          maxLength={4000}
          showCount
          placeholder={t('visits.form.summaryPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="intent"
        label={t('visits.fields.intent')}
        rules={[{ required: true, message: t('visits.validation.intent') }]}
      >
        <ChoiceButtons
          label={t('visits.fields.intent')}
          height={phone ? 48 : 44}
          minWidth={96}
          options={codeOptions(t, VISIT_INTENTS, 'visits.intents')}
        />
      </Form.Item>
      <Form.Item name="nextStep" label={t('visits.fields.nextStep')} rules={[{ max: 1000 }]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t('visits.form.nextStepPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="followUpOn"
        label={t('visits.fields.followUpOn')}
        extra={t('visits.form.followUpHelp')}
        dependencies={['visitedOn']}
        rules={[followUpRule]}
      >
        <DatePicker format={DATE_FORMAT} inputReadOnly={phone} style={{ width: '100%' }} />
      </Form.Item>
      <Divider orientation="left" plain>
        {t('visits.form.links')}
      </Divider>
      <Form.Item name="trip" label={t('visits.fields.trip')}>
        <LinkSelect kind="trip" />
      </Form.Item>
      <Form.Item name="event" label={t('visits.fields.event')}>
        <LinkSelect kind="event" />
      </Form.Item>
      <Form.Item name="project" label={t('visits.fields.project')}>
        <LinkSelect kind="project" />
      </Form.Item>
      {visit?.leadId && (
        <Form.Item label={t('visits.fields.lead')}>
          <Link to={`/leads/${visit.leadId}`}>{visit.leadTitle ?? `#${visit.leadId}`}</Link>
        </Form.Item>
      )}
      <VisitFormActions phone={phone} saving={saving} onCancel={onCancel} />
    </Form>
  );
}
