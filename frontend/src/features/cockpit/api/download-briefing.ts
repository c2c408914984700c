import { fetchFile, type DownloadedFile } from '../../../lib/download';

/** The briefing: the cockpit as of a day on one A4 page; 503 report.pdf_font_missing when the server has no Chinese font. */
export function briefingPdfUrl(asOf: string, unitId?: number): string {
  const query = new URLSearchParams({ asOf });
  if (unitId) query.set('unitId', String(unitId));
  return `/api/reports/briefing.pdf?${query.toString()}`;
}

export const downloadBriefing = (asOf: string, unitId?: number): Promise<DownloadedFile> =>
  fetchFile(briefingPdfUrl(asOf, unitId), 'application/pdf', `briefing-${asOf}.pdf`);
