/** The one way the app talks to the server: same origin, session cookie, problem+json errors. */

export interface Violation {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  detail?: string;
  violations?: Violation[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly violations: Violation[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.code);
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.violations = problem.violations ?? [];
  }
}

export interface PageOf<T> {
  items: T[];
  total: number | null;
  next: string | null;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  version?: number;
  /** A create's retry key: the server answers a repeat with what the first request made. */
  idempotencyKey?: string;
}

const STATUS_CODES: Record<number, string> = {
  400: 'request.malformed',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'resource.not_found',
  412: 'version.stale',
  428: 'version.missing',
};

export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      if (body && typeof body.code === 'string') {
        return new ApiError({ ...body, status: response.status, code: body.code });
      }
    } catch {
      // fall through to a status-based code
    }
  }
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'internal.error' : 'request.malformed');
  return new ApiError({ status: response.status, code });
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // CSRF defence for cookie sessions; also makes the server answer 401 instead of redirecting.
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  if (options.idempotencyKey !== undefined) headers['Idempotency-Key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A multipart body: the file as field `file`, then text fields (e.g. a sheet name, JSON options) in order. */
export function multipart(file: File, fields: Record<string, string | undefined> = {}): FormData {
  const body = new FormData();
  body.append('file', file);
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) body.append(name, value);
  }
  return body;
}

/**
 * Sends a file as multipart field `file` (imports, attachments), with optional text fields and a create's retry key;
 * answers like {@link api}.
 */
export async function apiUpload<T>(
  path: string,
  file: File,
  fields?: Record<string, string | undefined>,
  idempotencyKey?: string,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: multipart(file, fields),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
