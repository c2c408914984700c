import { AUDIT_ACTIONS, type AuditAction, type AuditChange, type AuditFilter } from '../api/get-audit';

/** The filter lives in the URL, so a link or a reload shows the same slice of the trail. */
export function filterFromParams(params: URLSearchParams): AuditFilter {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const action = params.get('action');
  const date = (key: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(params.get(key) ?? '') ? (params.get(key) as string) : undefined;
  return {
    entity: text('entity'),
    id: text('id'),
    record: text('record'),
    actor: text('actor'),
    action: AUDIT_ACTIONS.includes(action as AuditAction) ? (action as AuditAction) : undefined,
    from: date('from'),
    to: date('to'),
    page: Math.max(0, Number(params.get('page')) || 0),
  };
}

export function paramsFromFilter(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 0)) params.set(key, String(value));
  }
  return params;
}

/**
 * "label: before → after" for an update; a create names the value set and a delete the value removed (as the export
 * words them). `empty` stands for a value that was not there.
 */
export function changeLines(action: string, changes: AuditChange[], empty: string): string[] {
  return changes.map(({ label, before, after }) => {
    const b = before ?? empty;
    const a = after ?? empty;
    return `${label}: ${action === 'CREATE' ? a : action === 'DELETE' ? b : `${b} → ${a}`}`;
  });
}

const BEIJING = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The trail's one date-time format, Beijing time to the minute: 2026-12-07 09:42. */
export function beijingMinute(instant: string): string {
  const parts = Object.fromEntries(BEIJING.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
