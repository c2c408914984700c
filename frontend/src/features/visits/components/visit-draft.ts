import type { StoredValues } from './visit-form-values';
import { randomUuid } from '../../../lib/random-uuid';

/** What the form keeps on the device while someone types, so a dropped network or a reload loses nothing. */
export interface VisitDraft {
  /** A uuid: the Idempotency-Key of the POST that creates the visit. */
  key: string;
  /** ISO instant of the last change. */
  savedAt: string;
  /** Editing: the version the edit started from. */
  version?: number;
  values: StoredValues;
}

const PREFIX = 'attract.visitDraft';

/** One draft per user and per visit: `new` for a visit not yet saved. */
export const draftStorageKey = (username: string, visitId?: number) => `${PREFIX}.${username}.${visitId ?? 'new'}`;

export function readDraft(storageKey: string): VisitDraft | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<VisitDraft>;
    if (typeof draft.key !== 'string' || typeof draft.values !== 'object' || draft.values === null) return null;
    return draft as VisitDraft;
  } catch {
    return null;
  }
}

/** Best effort: private browsing or a full storage must not stop the form. */
export function writeDraft(storageKey: string, draft: VisitDraft): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(draft));
  } catch {
    // nothing to do: the form still works, only without a draft
  }
}

export function clearDraft(storageKey: string): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // as above
  }
}

/** The retry key of a draft visit. */
export const newDraftKey = randomUuid;
