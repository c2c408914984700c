import { fetchFile, type DownloadedFile } from '../../../lib/download';

export { attachmentName, type DownloadedFile } from '../../../lib/download';

/** The PDF the statistics office signs; 503 report.pdf_font_missing when the server has no Chinese font. */
export const monthlyReportPdfUrl = (month: string) => `/api/reports/monthly/${month}.pdf`;

export const downloadMonthlyReportPdf = (month: string): Promise<DownloadedFile> =>
  fetchFile(monthlyReportPdfUrl(month), 'application/pdf', `monthly-report-${month}.pdf`);
