import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { useSaveVisit } from '../api/save-visit';
import type { Visit, VisitInput } from '../api/types';
import { uploadQueuedPhoto } from '../queue/photo-upload';
import type { QueuedPhoto } from '../queue/queued-visit';
import { enqueueVisit } from '../queue/use-visit-queue';
import type { VisitFormStart } from './use-visit-draft';
import { visitErrorMessage } from './visit-error';
import {
  FIELD_OF_CODE,
  FORM_FIELDS,
  formFieldOf,
  toInput,
  toStored,
  type InputContext,
  type VisitFormValues,
} from './visit-form-values';

export interface VisitSubmitContext extends Pick<InputContext, 'contacts' | 'usernames'> {
  form: FormInstance<VisitFormValues>;
  visit?: Visit;
  start: VisitFormStart;
  /** The login typing: a visit saved offline waits in this user's queue. */
  owner: string;
  /** Forgets the draft once the visit is saved. */
  clearDraft: () => void;
  /** Photos taken with a new visit: queued with it offline, uploaded once it is saved. */
  photos: QueuedPhoto[];
}

/**
 * Saves the visit with the draft's key, then opens it. The server's refusals land where they belong: violations on
 * their fields (the rest in a message), a stale version as a notice on the form. Without a network a new visit
 * goes into the device's queue under the same key (sent when the network returns, ADR 0035); an edit says so.
 */
export function useVisitSubmit({
  form,
  visit,
  start,
  owner,
  contacts,
  usernames,
  clearDraft,
  photos,
}: VisitSubmitContext) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [query] = useSearchParams();
  const save = useSaveVisit();
  const [stale, setStale] = useState(false);
  const [networkFailed, setNetworkFailed] = useState(false);

  const queue = async (input: VisitInput) => {
    const values = form.getFieldsValue(true) as VisitFormValues;
    await enqueueVisit(queryClient, {
      key: start.key,
      owner,
      savedAt: new Date().toISOString(),
      input,
      values: toStored(values),
      firmName: values.enterprise?.label ?? '',
      state: 'WAITING',
      photos,
    });
    clearDraft();
    void message.success(t('visits.queue.saved'));
    navigate('/visits', { replace: true });
  };

  /** A failed photo does not undo the saved visit: it is said, and can be added on the visit's page. */
  const uploadPhotos = async (visitId: number) => {
    try {
      for (const photo of photos) await uploadQueuedPhoto(visitId, photo);
    } catch (error) {
      void message.warning(`${t('visits.photos.notSent')} ${visitErrorMessage(t, error)}`);
    }
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
    if (!visit && !navigator.onLine) return queue(input);
    try {
      const saved = await save.mutateAsync({
        input,
        existing: visit ? { id: visit.id, version: start.version ?? visit.version } : undefined,
        idempotencyKey: start.key,
      });
      clearDraft();
      void message.success(t('visits.saved'));
      if (!visit && photos.length > 0) await uploadPhotos(saved.id);
      navigate(`/visits/${saved.id}`, { replace: true });
    } catch (error) {
      if (!(error instanceof ApiError)) return void message.error(visitErrorMessage(t, error));
      if (error.code === 'version.stale') return setStale(true);
      if (error.status === 0) return visit ? setNetworkFailed(true) : queue(input);
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

  return { submit, saving: save.isPending, stale, networkFailed };
}
