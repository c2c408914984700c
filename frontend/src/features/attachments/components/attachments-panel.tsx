import { DeleteOutlined, DownloadOutlined, EyeOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error';
import { formatInstant } from '../../../lib/date-time';
import { errorText } from '../../../lib/error-text';
import { useAttachments, useDeleteAttachment } from '../api/attachments';
import type { Attachment, AttachmentOwnerType } from '../api/types';
import { attachmentContentUrl, attachmentThumbnailUrl } from '../api/types';
import { AttachmentPreview } from './attachment-preview';
import { AttachmentUpload } from './attachment-upload';

interface Props {
  ownerType: AttachmentOwnerType;
  ownerId: number;
  /** The caller may write the owner: upload shown (deleting follows each attachment's canDelete). */
  canWrite: boolean;
  title?: string;
  /** Photos first (visits): the camera leads. */
  photos?: boolean;
  /** Without a card of its own, inside another card or a modal. */
  bare?: boolean;
}

/** Evidence kept with a record: list, preview of images and PDFs, download, upload and delete. */
export function AttachmentsPanel({ ownerType, ownerId, canWrite, title, photos, bare }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attachments = useAttachments(ownerType, ownerId);
  const remove = useDeleteAttachment(ownerType, ownerId);
  const [previewed, setPreviewed] = useState<Attachment | null>(null);

  const content = (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`attachments-${ownerType}-${ownerId}`}>
      {canWrite && <AttachmentUpload ownerType={ownerType} ownerId={ownerId} photos={photos} />}
      {attachments.isError ? (
        <QueryError error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : (
        <List
          size="small"
          loading={attachments.isPending}
          dataSource={attachments.data ?? []}
          locale={{ emptyText: t('attachments.empty') }}
          renderItem={(a) => (
            <List.Item
              actions={[
                a.previewable && (
                  <Button key="preview" size="small" icon={<EyeOutlined />} onClick={() => setPreviewed(a)}>
                    {t('attachments.preview')}
                  </Button>
                ),
                <Button key="download" size="small" icon={<DownloadOutlined />} href={attachmentContentUrl(a.id, true)}>
                  {t('attachments.download')}
                </Button>,
                a.canDelete && (
                  <Popconfirm
                    key="delete"
                    title={t('attachments.deleteTitle')}
                    onConfirm={() =>
                      remove.mutateAsync(a.id).catch((error: unknown) => message.error(errorText(t, error)))
                    }
                  >
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('attachments.delete')} />
                  </Popconfirm>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                avatar={<Thumbnail attachment={a} />}
                title={<Typography.Text ellipsis={{ tooltip: a.fileName }}>{a.fileName}</Typography.Text>}
                description={`${size(a.sizeBytes)} · ${formatInstant(a.uploadedAt)}${
                  a.keptLocation ? ` · ${t('attachments.locationKept')}` : ''
                }`}
              />
            </List.Item>
          )}
        />
      )}
      <AttachmentPreview attachment={previewed} onClose={() => setPreviewed(null)} />
    </Space>
  );
  if (bare) return content;
  return (
    <Card size="small" title={title ?? t('attachments.title')}>
      {content}
    </Card>
  );
}

function Thumbnail({ attachment }: { attachment: Attachment }) {
  if (attachment.image) {
    return (
      <img
        src={attachmentThumbnailUrl(attachment.id)}
        alt=""
        width={48}
        height={48}
        style={{ objectFit: 'cover', borderRadius: 4 }}
      />
    );
  }
  return attachment.mediaType === 'application/pdf' ? (
    <FilePdfOutlined style={{ fontSize: 32 }} />
  ) : (
    <FileOutlined style={{ fontSize: 32 }} />
  );
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
