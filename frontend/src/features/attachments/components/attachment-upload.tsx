import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/error-text';
import { useUploadAttachment } from '../api/attachments';
import type { AttachmentOwnerType } from '../api/types';

const DOCUMENTS =
  'image/*,application/pdf,.docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  ownerType: AttachmentOwnerType;
  ownerId: number;
  /** Photos first: the camera button leads (visits). */
  photos?: boolean;
}

/** Choose files (or take a photo on a phone) and upload them one by one. */
export function AttachmentUpload({ ownerType, ownerId, photos = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadAttachment(ownerType, ownerId);
  const [keepLocation, setKeepLocation] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);

  const send = async (list: FileList | null) => {
    for (const file of Array.from(list ?? [])) {
      try {
        await upload.mutateAsync({ file, keepLocation });
        message.success(t('attachments.uploaded', { name: file.name }));
      } catch (error) {
        message.error(errorText(t, error));
      }
    }
    if (files.current) files.current.value = '';
    if (camera.current) camera.current.value = '';
  };

  return (
    <Space wrap>
      <input
        ref={files}
        type="file"
        multiple
        accept={DOCUMENTS}
        hidden
        data-testid="attachment-file-input"
        onChange={(e) => void send(e.target.files)}
      />
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid="attachment-camera-input"
        onChange={(e) => void send(e.target.files)}
      />
      <Button
        icon={<CameraOutlined />}
        type={photos ? 'primary' : 'default'}
        loading={upload.isPending}
        onClick={() => camera.current?.click()}
      >
        {t('attachments.takePhoto')}
      </Button>
      <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => files.current?.click()}>
        {t('attachments.chooseFiles')}
      </Button>
      <Checkbox checked={keepLocation} onChange={(e) => setKeepLocation(e.target.checked)}>
        {t('attachments.keepLocation')}
      </Checkbox>
    </Space>
  );
}
