import { ApiError, toApiError } from '../../../lib/api-client';

/** The PDF the statistics office signs; 503 report.pdf_font_missing when the server has no Chinese font. */
export const monthlyReportPdfUrl = (month: string) => `/api/reports/monthly/${month}.pdf`;

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The name the server gives (filename*, then filename), else one made from the month. */
export function attachmentName(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*\s*=\s*UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // a malformed escape: try the plain name
    }
  }
  return disposition?.match(/filename\s*=\s*"([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * Fetches the PDF rather than following a link, so that a refusal (a problem+json answer) reaches the page as an
 * {@link ApiError} with the server's own words instead of a broken download.
 */
export async function downloadMonthlyReportPdf(month: string): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(monthlyReportPdfUrl(month), {
      headers: { Accept: 'application/pdf, application/json', 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  }
  if (!response.ok) throw await toApiError(response);
  return {
    blob: await response.blob(),
    fileName: attachmentName(response.headers.get('content-disposition'), `monthly-report-${month}.pdf`),
  };
}
