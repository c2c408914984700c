import { CameraOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { randomUuid } from '../../../lib/random-uuid';
import type { QueuedPhoto } from '../queue/queued-visit';

export interface NewVisitPhotosProps {
  photos: QueuedPhoto[];
  onChange: (photos: QueuedPhoto[]) => void;
}

/**
 * Photos taken with a visit not yet saved: kept in the page (and in the queue when saved offline), uploaded once the
 * visit exists, each with its own Idempotency-Key fixed when it was taken.
 */
export function NewVisitPhotos({ photos, onChange }: NewVisitPhotosProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('attachments.photos')}</Typography.Text>
      <Flex gap={8} wrap align="center">
        <Upload
          accept="image/*"
          capture="environment"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            onChange([...photos, { key: randomUuid(), file, name: file.name, uploaded: false }]);
            return false;
          }}
        >
          <Button icon={<CameraOutlined />} data-testid="new-visit-photo">
            {t('attachments.takePhoto')}
          </Button>
        </Upload>
        {photos.map((photo) => (
          <Tag key={photo.key} closable onClose={() => onChange(photos.filter((p) => p.key !== photo.key))}>
            {photo.name}
          </Tag>
        ))}
      </Flex>
      <Typography.Text type="secondary">{t('visits.photos.withVisit')}</Typography.Text>
    </Flex>
  );
}
