import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import { downloadMonthlyReportPdf, monthlyReportPdfUrl } from '../api/download-monthly-report-pdf';

export interface PdfDownloadButtonProps {
  month: string;
  disabled: boolean;
}

/** The monthly report as PDF for signing. */
export function PdfDownloadButton({ month, disabled }: PdfDownloadButtonProps) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      icon={<FilePdfOutlined />}
      href={monthlyReportPdfUrl(month)}
      fetch={() => downloadMonthlyReportPdf(month)}
      disabled={disabled}
    >
      {t('reports.downloadPdf')}
    </DownloadButton>
  );
}
