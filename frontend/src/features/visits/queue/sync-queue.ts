import { ApiError } from '../../../lib/api-client';
import type { VisitInput } from '../api/types';
import { changeQueue, type QueueStore } from './queue-store';
import type { QueuedPhoto, QueuedVisit } from './queued-visit';

/** Sends a photo of a created visit (multipart, with the photo's own Idempotency-Key): the attachments' seam. */
export type PhotoUploader = (visitId: number, photo: QueuedPhoto) => Promise<void>;

export interface SyncDeps {
  store: QueueStore;
  /** POST /api/visits with the item's key; answers the visit's id (a replayed key answers the first visit's). */
  create: (input: VisitInput, idempotencyKey: string) => Promise<{ id: number }>;
  /** None until attachments exist: items with photos then keep their photos waiting. */
  uploadPhoto?: PhotoUploader;
  /** How a refusal reads to the officer. */
  describe: (error: ApiError) => string;
}

export interface SyncResult {
  /** Visits (and their photos) the server now has, removed from the queue. */
  sent: number;
  /** The network went away (or the server is struggling): the rest waits for the next round. */
  interrupted: boolean;
  /** The session is gone (401): the queue waits until this user logs in again. */
  signedOut: boolean;
}

/** An answer that trying again may change: no network, too many requests, the server's own trouble. */
const transient = (error: ApiError) => error.status === 0 || error.status === 429 || error.status >= 500;

/**
 * One round: each waiting item of this login is sent with its own key, in the order saved, and removed only once
 * the server has it. A refusal (4xx) marks the item NEEDS_FIX and is not retried; 401 stops the round and keeps
 * everything; a dropped network or a 5xx stops the round too, to be retried with the same keys.
 */
export async function syncQueue(owner: string, deps: SyncDeps): Promise<SyncResult> {
  const result: SyncResult = { sent: 0, interrupted: false, signedOut: false };
  const waiting = (await deps.store.read(owner)).filter((item) => item.state === 'WAITING');
  for (const item of waiting) {
    try {
      const visitId = item.visitId ?? (await deps.create(item.input, item.key)).id;
      const photosLeft = await uploadPhotos(owner, { ...item, visitId }, deps);
      if (photosLeft) continue;
      await changeQueue(deps.store, owner, (items) => items.filter((i) => i.key !== item.key));
      result.sent++;
    } catch (error) {
      if (!(error instanceof ApiError) || transient(error)) {
        result.interrupted = true;
        break;
      }
      if (error.status === 401) {
        result.signedOut = true;
        break;
      }
      const problem = { code: error.code, message: deps.describe(error) };
      await changeQueue(deps.store, owner, (items) =>
        items.map((i) => (i.key === item.key ? { ...i, state: 'NEEDS_FIX', problem } : i)),
      );
    }
  }
  return result;
}

/** Uploads the item's photos not yet sent, remembering each one sent; answers whether some still wait. */
async function uploadPhotos(owner: string, item: QueuedVisit & { visitId: number }, deps: SyncDeps) {
  const left = item.photos.filter((photo) => !photo.uploaded);
  if (left.length === 0) return false;
  const remember = (photoKey?: string) =>
    changeQueue(deps.store, owner, (items) =>
      items.map((i) =>
        i.key === item.key
          ? {
              ...i,
              visitId: item.visitId,
              photos: i.photos.map((p) => (p.key === photoKey ? { ...p, uploaded: true } : p)),
            }
          : i,
      ),
    );
  // The visit exists from here on: a later round must not wait for its POST again (a replay would do, but costs).
  await remember();
  if (!deps.uploadPhoto) return true;
  for (const photo of left) {
    await deps.uploadPhoto(item.visitId, photo);
    await remember(photo.key);
  }
  return false;
}
