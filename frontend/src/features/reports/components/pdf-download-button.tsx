import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { downloadMonthlyReportPdf, monthlyReportPdfUrl, type DownloadedFile } from '../api/download-monthly-report-pdf';

/** Hands a fetched file to the browser as a download. */
function saveFile({ blob, fileName }: DownloadedFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Later, so that the browser has started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface PdfDownloadButtonProps {
  month: string;
  disabled: boolean;
}

/**
 * The PDF download: a link to the PDF (copyable, opens in a new tab), which a plain click fetches instead, so that the
 * server's refusal (e.g. 503 report.pdf_font_missing) is shown as the server words it.
 */
export function PdfDownloadButton({ month, disabled }: PdfDownloadButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      saveFile(await downloadMonthlyReportPdf(month));
    } catch (error) {
      // Long enough to read: a missing font is something to tell the administrator.
      void message.error(errorMessage(t, error), 8);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<FilePdfOutlined />}
      href={monthlyReportPdfUrl(month)}
      disabled={disabled}
      loading={busy}
      onClick={(event) => {
        // A click with a modifier key keeps the link's own behaviour (new tab, new window).
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        if (!busy) void download();
      }}
    >
      {t('reports.downloadPdf')}
    </Button>
  );
}
