import { apiUpload } from '../../../lib/api-client';
import type { PhotoUploader } from './sync-queue';

/**
 * Sends a photo of a created visit as its attachment (owner type VISIT, ADR 0033), with the photo's own
 * Idempotency-Key, so a round interrupted after the upload makes one attachment when it is tried again.
 */
export const uploadQueuedPhoto: PhotoUploader = async (visitId, photo) => {
  const file = new File([photo.file], photo.name, { type: photo.file.type });
  await apiUpload('/api/attachments', file, { ownerType: 'VISIT', ownerId: String(visitId) }, photo.key);
};
