// attachments: what other features may use.
export { AttachmentsPanel } from './components/attachments-panel';
export { attachmentContentUrl, attachmentThumbnailUrl, type AttachmentOwnerType } from './api/types';
