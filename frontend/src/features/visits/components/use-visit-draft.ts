import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Me } from '../../auth';
import type { Visit } from '../api/types';
import { clearDraft, draftStorageKey, newDraftKey, readDraft, writeDraft, type VisitDraft } from './visit-draft';
import { fromStored, fromVisit, toStored, type VisitFormValues } from './visit-form-values';

export interface VisitFormStart {
  values: VisitFormValues;
  /** The draft the form was restored from, if any. */
  draft: VisitDraft | null;
  /** The Idempotency-Key of the save. */
  key: string;
  /** Editing: the version the edit started from. */
  version?: number;
}

/**
 * Where the form starts, read once: the draft on this device, else the visit, else a new visit by the current user
 * today; and the draft kept as the person types, until the visit is saved or the draft discarded.
 */
export function useVisitDraft(
  me: Me,
  visit: Visit | undefined,
  form: FormInstance<VisitFormValues>,
  withTitle: (name: string, title: string) => string,
) {
  const storageKey = draftStorageKey(me.username, visit?.id);
  const [start] = useState<VisitFormStart>(() => {
    const draft = readDraft(storageKey);
    if (draft) {
      return { values: fromStored(draft.values), draft, key: draft.key, version: draft.version ?? visit?.version };
    }
    const values: VisitFormValues = visit
      ? fromVisit(visit, withTitle)
      : { kind: 'ON_SITE', visitedOn: dayjs(), ourParticipants: [me.displayName], theirParticipants: [] };
    return { values, draft: null, key: newDraftKey(), version: visit?.version };
  });

  const persist = () =>
    writeDraft(storageKey, {
      key: start.key,
      savedAt: new Date().toISOString(),
      version: start.version,
      values: toStored(form.getFieldsValue(true) as VisitFormValues),
    });

  return { start, persist, clear: () => clearDraft(storageKey) };
}
