import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/types';
import { attachmentContentUrl } from '../api/types';

interface Props {
  attachment: Attachment | null;
  onClose: () => void;
}

/** An image or a PDF shown in the page; the server sends both inline with nosniff. */
export function AttachmentPreview({ attachment, onClose }: Props) {
  const { t } = useTranslation();
  const url = attachment ? attachmentContentUrl(attachment.id) : undefined;
  return (
    <Modal
      open={attachment !== null}
      title={attachment?.fileName}
      onCancel={onClose}
      footer={null}
      width={900}
      destroyOnHidden
    >
      {attachment?.image && (
        <img
          src={url}
          alt={attachment.fileName}
          data-testid="attachment-preview-image"
          style={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', margin: '0 auto' }}
        />
      )}
      {attachment && !attachment.image && (
        <iframe
          src={url}
          title={t('attachments.previewOf', { name: attachment.fileName })}
          data-testid="attachment-preview-pdf"
          style={{ width: '100%', height: '75vh', border: 0 }}
        />
      )}
    </Modal>
  );
}
