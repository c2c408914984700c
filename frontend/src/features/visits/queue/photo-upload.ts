import type { PhotoUploader } from './sync-queue';

/**
 * The seam for attachments (issue #22 item 1, built on its own branch): once `POST` of an attachment exists, this
 * sends a queued photo to the created visit (owner type VISIT, the visit's id, the photo's own Idempotency-Key).
 * Until then a queued visit carries no photos (the form has no photo field), and one that did would keep them.
 */
export const uploadQueuedPhoto: PhotoUploader | undefined = undefined;
