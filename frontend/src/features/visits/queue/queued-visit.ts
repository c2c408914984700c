import type { VisitInput } from '../api/types';
import type { StoredValues } from '../components/visit-form-values';

/**
 * A photo taken with a visit saved offline, uploaded once the visit exists (ADR 0035). Its own Idempotency-Key,
 * fixed when it was taken, so a retried upload makes one attachment.
 */
export interface QueuedPhoto {
  key: string;
  file: Blob;
  name: string;
  /** Set once the server has it: a later round does not send it again. */
  uploaded: boolean;
}

/** What the server said when it refused the visit (a 4xx): shown on the item, which waits for the officer to fix it. */
export interface QueuedProblem {
  code: string;
  message: string;
}

/** A new visit saved without a network, waiting on this device to be sent (IndexedDB, one list per login). */
export interface QueuedVisit {
  /** The Idempotency-Key of its POST, fixed when the officer saved it: every retry sends the same one. */
  key: string;
  /** The login that saved it: only that user's session sends it. */
  owner: string;
  /** ISO instant the officer pressed save. */
  savedAt: string;
  /** The POST body, as it was when saved. */
  input: VisitInput;
  /** The form's values, to reopen it in the form when the server refused it. */
  values: StoredValues;
  /** For the list: the firm's name as chosen in the form. */
  firmName: string;
  /** WAITING: sent on the next round. NEEDS_FIX: the server refused it; not sent until the officer fixes it. */
  state: 'WAITING' | 'NEEDS_FIX';
  problem?: QueuedProblem;
  /** Set once the visit is created while photos still wait: later rounds upload only the photos. */
  visitId?: number;
  photos: QueuedPhoto[];
}
