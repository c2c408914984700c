import {
  Alert,
  App,
  Button,
  Card,
  ConfigProvider,
  DatePicker,
  Divider,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { useMe, type Me } from '../../auth';
import { getEnterprise } from '../../enterprises';
import { DATE_FORMAT, isFutureDate } from '../../../lib/format';
import { useVisit } from '../api/get-visit';
import { useSaveVisit } from '../api/save-visit';
import { VISIT_INTENTS, VISIT_KINDS, type Visit } from '../api/types';
import { ChoiceButtons } from './choice-buttons';
import { BackLink } from '../../../components/back-link';
import { QueryError } from '../../../components/query-error';
import { LinkSelect } from './link-select';
import { clearDraft, draftStorageKey, newDraftKey, readDraft, writeDraft } from './visit-draft';
import { visitErrorMessage } from './visit-error';
import {
  FIELD_OF_CODE,
  FORM_FIELDS,
  contactIdOf,
  contactValue,
  formFieldOf,
  fromStored,
  fromVisit,
  toInput,
  toStored,
  type VisitFormValues,
} from './visit-form-values';
import { formatInstant } from '../../../lib/date-time';

/** Whether the browser believes it is online, following its changes. */
function useOnline() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** /visits/new and /visits/:id/edit: loads who is typing (and the visit), then the form. */
export function VisitFormPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const me = useMe();
  const visit = useVisit(id ?? 0, id !== undefined);
  // Discarding a draft or loading the latest version starts a fresh form.
  const [session, setSession] = useState(0);
  const back = id
    ? { to: `/visits/${id}`, label: t('common.cancel') }
    : { to: '/visits', label: t('visits.backToList') };

  if (me.isPending || (id !== undefined && visit.isPending)) return <Skeleton active />;
  const error = me.error ?? (id !== undefined ? visit.error : null);
  if (error || !me.data)
    return <QueryError error={error} onRetry={() => void (me.isError ? me.refetch() : visit.refetch())} back={back} />;
  if (visit.data && !visit.data.canEdit) {
    return (
      <Flex vertical gap={16}>
        <BackLink {...back} />
        <Alert type="warning" showIcon message={t('visits.form.notEditable')} />
      </Flex>
    );
  }
  return (
    <VisitEditor
      key={session}
      me={me.data}
      visit={visit.data}
      onRestart={async (reload) => {
        if (reload) await visit.refetch();
        setSession((s) => s + 1);
      }}
    />
  );
}

interface VisitEditorProps {
  me: Me;
  visit?: Visit;
  /** Starts a fresh form (the draft is gone); `reload` fetches the visit again first. */
  onRestart: (reload: boolean) => Promise<void>;
}

function VisitEditor({ me, visit, onRestart }: VisitEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const phone = Grid.useBreakpoint().sm === false;
  const online = useOnline();
  const [form] = Form.useForm<VisitFormValues>();
  const save = useSaveVisit();
  const storageKey = draftStorageKey(me.username, visit?.id);
  const withTitle = (name: string, title: string) => t('visits.withTitle', { name, title });

  // Read once: the draft on this device, else the visit, else a new visit by the current user today.
  const [start] = useState(() => {
    const draft = readDraft(storageKey);
    if (draft) {
      return { values: fromStored(draft.values), draft, key: draft.key, version: draft.version ?? visit?.version };
    }
    const values: VisitFormValues = visit
      ? fromVisit(visit, withTitle)
      : { kind: 'ON_SITE', visitedOn: dayjs(), ourParticipants: [me.displayName], theirParticipants: [] };
    return { values, draft: null, key: newDraftKey(), version: visit?.version };
  });
  const [stale, setStale] = useState(false);
  const [networkFailed, setNetworkFailed] = useState(false);

  // Opened from an enterprise ("log a visit" on its page): choose it, unless a draft already holds one.
  const prefillId = Number(query.get('enterpriseId')) || undefined;
  // Undefined until the form has mounted; null once the person clears the field.
  const watched = Form.useWatch('enterprise', form);
  const chosen = watched === undefined ? start.values.enterprise : watched;
  const enterpriseId = chosen?.value ?? (watched === undefined ? prefillId : undefined);
  // The chosen firm, for its contacts (same cache entry as the enterprise page).
  const firm = useQuery({
    queryKey: ['enterprises', enterpriseId],
    queryFn: () => getEnterprise(enterpriseId as number),
    enabled: !!enterpriseId,
  });
  useEffect(() => {
    if (!visit && !start.draft && prefillId && firm.data?.id === prefillId && !form.getFieldValue('enterprise')) {
      form.setFieldValue('enterprise', { value: firm.data.id, label: firm.data.name });
    }
  }, [visit, start.draft, prefillId, firm.data, form]);

  const contacts = useMemo(
    () =>
      new Map(
        (enterpriseId && firm.data?.id === enterpriseId ? firm.data.contacts : [])
          .filter((c) => c.id)
          .map((c) => [c.id as number, c]),
      ),
    [enterpriseId, firm.data],
  );
  const usernames = useMemo(
    () =>
      new Map([
        ...(visit?.ourParticipants ?? [])
          .filter((p) => p.username)
          .map((p) => [p.name, p.username as string] as [string, string]),
        [me.displayName, me.username] as [string, string],
      ]),
    [visit, me],
  );

  const persist = () =>
    writeDraft(storageKey, {
      key: start.key,
      savedAt: new Date().toISOString(),
      version: start.version,
      values: toStored(form.getFieldsValue(true) as VisitFormValues),
    });

  const onValuesChange = (changed: Partial<VisitFormValues>) => {
    if ('enterprise' in changed) {
      // Another firm's contacts cannot attend: keep only the names typed by hand.
      const participants = (form.getFieldValue('theirParticipants') as VisitFormValues['theirParticipants']) ?? [];
      const typed = participants.filter((p) => contactIdOf(p.value) === null);
      // Set only when a contact goes: setting the field in the middle of the firm's own change made the form compare
      // the firm field's shared empty error lists and warn of "circular references".
      if (typed.length !== participants.length) form.setFieldValue('theirParticipants', typed);
    }
    persist();
  };

  const submit = async () => {
    setNetworkFailed(false);
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    const input = toInput(form.getFieldsValue(true) as VisitFormValues, {
      contacts,
      usernames,
      leadId: visit?.leadId ?? (Number(query.get('leadId')) || null),
    });
    try {
      const saved = await save.mutateAsync({
        input,
        existing: visit ? { id: visit.id, version: start.version ?? visit.version } : undefined,
        idempotencyKey: start.key,
      });
      clearDraft(storageKey);
      void message.success(t('visits.saved'));
      navigate(`/visits/${saved.id}`, { replace: true });
    } catch (error) {
      if (!(error instanceof ApiError)) return void message.error(visitErrorMessage(t, error));
      if (error.code === 'version.stale') return setStale(true);
      if (error.status === 0) return setNetworkFailed(true);
      if (error.violations.length > 0) {
        const onForm = (v: { field: string }) => (FORM_FIELDS as string[]).includes(formFieldOf(v.field));
        const onFields = error.violations.filter(onForm);
        const elsewhere = error.violations.filter((v) => !onForm(v));
        form.setFields(onFields.map((v) => ({ name: formFieldOf(v.field) as never, errors: [v.message] })));
        return void message.error(elsewhere.map((v) => v.message).join(' ') || t('errors.request.invalid'));
      }
      const field = FIELD_OF_CODE[error.code];
      if (field) form.setFields([{ name: field as never, errors: [visitErrorMessage(t, error)] }]);
      else void message.error(visitErrorMessage(t, error));
    }
  };

  const discardDraft = async () => {
    clearDraft(storageKey);
    void message.info(t('visits.form.draftDiscarded'));
    await onRestart(false);
  };

  const reloadLatest = async () => {
    clearDraft(storageKey);
    await onRestart(true);
    void message.info(t('visits.form.reloaded'));
  };

  const notices: ReactNode[] = [];
  if (stale) {
    notices.push(
      <Alert
        key="stale"
        type="warning"
        showIcon
        message={t('visits.form.stale')}
        description={t('visits.form.staleHelp')}
        action={<Button onClick={() => void reloadLatest()}>{t('visits.form.reload')}</Button>}
      />,
    );
  }
  if (start.draft) {
    notices.push(
      <Alert
        key="draft"
        type="info"
        showIcon
        message={t('visits.form.draftRestored')}
        description={t('visits.form.draftRestoredHelp', { time: formatInstant(start.draft.savedAt) })}
        action={
          <Button size="small" danger onClick={() => void discardDraft()}>
            {t('visits.form.discardDraft')}
          </Button>
        }
      />,
    );
  }
  if (!online || networkFailed) {
    notices.push(
      <Alert
        key="offline"
        type="error"
        showIcon
        message={t(networkFailed ? 'visits.form.networkFailed' : 'visits.form.offline')}
      />,
    );
  }

  const followUpRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, value?: dayjs.Dayjs | null) => {
      const visitedOn = getFieldValue('visitedOn') as dayjs.Dayjs | null;
      return value && visitedOn && value.isBefore(visitedOn, 'day')
        ? Promise.reject(new Error(t('visits.validation.followUpBeforeVisit')))
        : Promise.resolve();
    },
  });

  const fields = (
    <Form<VisitFormValues>
      form={form}
      layout="vertical"
      initialValues={start.values}
      onValuesChange={onValuesChange}
      onFinish={() => void submit()}
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
          options={VISIT_KINDS.map((k) => ({ value: k, label: t(`visits.kinds.${k}`) }))}
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
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={isFutureDate}
          allowClear={false}
          inputReadOnly={phone}
          style={{ width: '100%' }}
        />
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
          options={VISIT_INTENTS.map((i) => ({ value: i, label: t(`visits.intents.${i}`) }))}
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
      <div
        style={
          phone
            ? {
                position: 'sticky',
                bottom: 0,
                zIndex: 10,
                background: '#fff',
                margin: '0 -12px',
                padding: '12px 12px calc(12px + env(safe-area-inset-bottom))',
                borderTop: '1px solid #f0f0f0',
                boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.06)',
              }
            : { marginTop: 8 }
        }
      >
        <Flex gap={8} justify={phone ? 'stretch' : 'flex-start'}>
          <Button
            size="large"
            block={phone}
            style={phone ? { flex: 1, height: 48 } : undefined}
            onClick={() => navigate(visit ? `/visits/${visit.id}` : '/visits')}
          >
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block={phone}
            loading={save.isPending}
            style={phone ? { flex: 2, height: 48 } : undefined}
          >
            {t('visits.form.save')}
          </Button>
        </Flex>
      </div>
    </Form>
  );

  const heading = (
    <Typography.Title level={3} style={{ marginTop: 0 }}>
      {t(visit ? 'visits.edit' : 'visits.add')}
    </Typography.Title>
  );
  const body = (
    <Flex vertical gap={12}>
      {notices}
      {fields}
    </Flex>
  );

  // On a phone: no card (a card's edges waste width), big controls with 16 px text (no zoom on focus in iOS).
  if (phone) {
    return (
      <ConfigProvider componentSize="large" theme={{ token: { controlHeightLG: 48, fontSizeLG: 16 } }}>
        {heading}
        {body}
      </ConfigProvider>
    );
  }
  return (
    <Card>
      {heading}
      {body}
    </Card>
  );
}
