import type { Schemas } from '../../../types/api';

export type Attachment = Schemas['AttachmentView'];
export type AttachmentOwnerType = Schemas['OwnerType'];

export const attachmentContentUrl = (id: number, download = false) =>
  `/api/attachments/${id}/content${download ? '?download=true' : ''}`;

export const attachmentThumbnailUrl = (id: number) => `/api/attachments/${id}/thumbnail`;
