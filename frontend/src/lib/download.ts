import { ApiError, toApiError } from './api-client';

/** A file fetched from the server, with the name to save it under. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The name the server gives (filename*, then filename), else the fallback. */
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
 * Fetches a file rather than following a link, so that a refusal (a problem+json answer) reaches the page as an
 * {@link ApiError} with the server's own words instead of a broken download. With a `body` it is POSTed (e.g. a
 * sheet sent back annotated).
 */
export async function fetchFile(
  url: string,
  accept: string,
  fallbackName: string,
  body?: FormData,
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { Accept: `${accept}, application/json`, 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  }
  if (!response.ok) throw await toApiError(response);
  return {
    blob: await response.blob(),
    fileName: attachmentName(response.headers.get('content-disposition'), fallbackName),
  };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile({ blob, fileName }: DownloadedFile) {
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

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The export of a list: the list's own URL (its filters and order, as on screen) at `<path>/export`, without the
 * paging, so the file holds what the list holds.
 */
export function listExportUrl(listUrl: string): string {
  const [path, query = ''] = listUrl.split('?');
  const params = new URLSearchParams(query);
  params.delete('page');
  params.delete('size');
  const rest = params.toString();
  return `${path}/export${rest ? `?${rest}` : ''}`;
}
