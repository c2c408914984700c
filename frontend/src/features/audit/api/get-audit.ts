import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'REFUSED', 'PURGE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  id: number;
  occurredAt: string;
  actor: string;
  remoteAddress: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  /** field → {before, after}; null for logins and refusals. */
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

export interface AuditFilter {
  entity?: string;
  id?: string;
  actor?: string;
  action?: AuditAction;
  /** YYYY-MM-DD, Beijing days, both included. */
  from?: string;
  to?: string;
  page: number;
}

export const PAGE_SIZE = 50;

export function auditQuery(filter: Omit<AuditFilter, 'page'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['entity', 'id', 'actor', 'action', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

export const exportUrl = (filter: Omit<AuditFilter, 'page'>) => `/api/audit/export?${auditQuery(filter)}`;

export const useAudit = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => {
      const params = auditQuery(filter);
      params.set('page', String(filter.page));
      params.set('size', String(PAGE_SIZE));
      return api<PageOf<AuditEvent>>(`/api/audit?${params}`);
    },
    placeholderData: keepPreviousData,
  });
