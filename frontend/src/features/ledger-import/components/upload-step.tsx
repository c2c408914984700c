import { InboxOutlined } from '@ant-design/icons';
import { Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEDGER_TEMPLATE } from '../api/preview-ledger';

export interface UploadStepProps {
  reading: boolean;
  onFile: (file: File) => void;
}

/** Step 1: the district's own ledger, as it is (title rows, a two-row header, totals and notes are fine). */
export function UploadStep({ reading, onFile }: UploadStepProps) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('ledgerImport.upload.intro')} <a href={LEDGER_TEMPLATE}>{t('ledgerImport.upload.template')}</a>
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.xls,.csv"
        maxCount={1}
        showUploadList={false}
        disabled={reading}
        beforeUpload={(chosen) => {
          onFile(chosen);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{reading ? t('ledgerImport.upload.reading') : t('ledgerImport.upload.drop')}</p>
        <p className="ant-upload-hint">{t('ledgerImport.upload.hint')}</p>
      </Upload.Dragger>
    </Space>
  );
}
