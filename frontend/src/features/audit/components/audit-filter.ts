import { AUDIT_ACTIONS, type AuditAction, type AuditFilter } from '../api/get-audit';

/** The filter lives in the URL, so a link or a reload shows the same slice of the trail. */
export function filterFromParams(params: URLSearchParams): AuditFilter {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const action = params.get('action');
  const date = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(key) ?? '') ? (params.get(key) as string) : undefined);
  return {
    entity: text('entity'),
    id: text('id'),
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

/** "name: before → after" lines of an update; a create shows the values set, a delete the values removed. */
export function changeLines(changes: Record<string, { before: unknown; after: unknown }> | null): string[] {
  if (!changes) return [];
  const show = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return Object.entries(changes).map(([field, { before, after }]) => `${field}: ${show(before)} → ${show(after)}`);
}
