import { Alert, App, Card, ConfigProvider, Flex, Form, Grid, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../../components/back-link';
import { QueryError } from '../../../components/query-error';
import { AttachmentsPanel } from '../../attachments';
import { useMe, type Me } from '../../auth';
import { useVisit } from '../api/get-visit';
import type { Visit } from '../api/types';
import { useOnline } from './use-online';
import { useVisitDraft } from './use-visit-draft';
import { useVisitFirm } from './use-visit-firm';
import { useVisitSubmit } from './use-visit-submit';
import { VisitFormFields } from './visit-form-fields';
import { VisitFormNotices } from './visit-form-notices';
import { rememberFirm, searchRecentFirms } from './recent-firms';
import { contactIdOf, type VisitFormValues } from './visit-form-values';
import { NewVisitPhotos } from './new-visit-photos';
import type { QueuedPhoto } from '../queue/queued-visit';

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
  const phone = Grid.useBreakpoint().sm === false;
  const online = useOnline();
  const [form] = Form.useForm<VisitFormValues>();
  const withTitle = (name: string, title: string) => t('visits.withTitle', { name, title });
  const draft = useVisitDraft(me, visit, form, withTitle);
  const { start } = draft;
  const { enterpriseId, contacts } = useVisitFirm(form, start, visit);
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
  const [photos, setPhotos] = useState<QueuedPhoto[]>([]);
  const { submit, saving, stale, networkFailed } = useVisitSubmit({
    form,
    visit,
    start,
    owner: me.username,
    contacts,
    usernames,
    clearDraft: draft.clear,
    photos,
  });

  const onValuesChange = (changed: Partial<VisitFormValues>) => {
    if ('enterprise' in changed) {
      rememberFirm(me.username, changed.enterprise);
      // Another firm's contacts cannot attend: keep only the names typed by hand.
      const participants = (form.getFieldValue('theirParticipants') as VisitFormValues['theirParticipants']) ?? [];
      const typed = participants.filter((p) => contactIdOf(p.value) === null);
      // Set only when a contact goes: setting the field in the middle of the firm's own change made the form compare
      // the firm field's shared empty error lists and warn of "circular references".
      if (typed.length !== participants.length) form.setFieldValue('theirParticipants', typed);
    }
    draft.persist();
  };

  const discardDraft = async () => {
    draft.clear();
    void message.info(t('visits.form.draftDiscarded'));
    await onRestart(false);
  };

  const reloadLatest = async () => {
    draft.clear();
    await onRestart(true);
    void message.info(t('visits.form.reloaded'));
  };

  const heading = (
    <Typography.Title level={3} style={{ marginTop: 0 }}>
      {t(visit ? 'visits.edit' : 'visits.add')}
    </Typography.Title>
  );
  const body = (
    <Flex vertical gap={12}>
      <VisitFormNotices
        stale={stale}
        onReload={() => void reloadLatest()}
        draftSavedAt={start.draft?.savedAt}
        onDiscardDraft={() => void discardDraft()}
        offline={!online}
        queued={!visit}
        networkFailed={networkFailed}
      />
      <VisitFormFields
        form={form}
        initialValues={start.values}
        onValuesChange={onValuesChange}
        onFinish={() => void submit()}
        onCancel={() => navigate(visit ? `/visits/${visit.id}` : '/visits')}
        saving={saving}
        phone={phone}
        visit={visit}
        usernames={usernames}
        contacts={contacts}
        enterpriseId={enterpriseId}
        recentFirms={(term) => searchRecentFirms(me.username, term)}
      />
      {visit ? (
        <AttachmentsPanel ownerType="VISIT" ownerId={visit.id} canWrite title={t('attachments.photos')} photos />
      ) : (
        <NewVisitPhotos photos={photos} onChange={setPhotos} />
      )}
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
