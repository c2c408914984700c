import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'REFUSED', 'PURGE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change in words: the field's label and display texts (null when empty). */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface AuditEvent {
  id: number;
  occurredAt: string;
  /** The login; `actorName` is the person's name, the system's own name when `system`. */
  actor: string;
  actorName: string;
  system: boolean;
  remoteAddress: string | null;
  action: AuditAction;
  /** Stored type (Project) and its Chinese name. */
  entity: string;
  entityLabel: string;
  entityId: string | null;
  /** The business key: project code and name, firm name, unit name … (#id when the record is gone). */
  record: string | null;
  /** As stored: field → {before, after}; null for logins and refusals. */
  changes: Record<string, { before: unknown; after: unknown }> | null;
  /** The changes a person reads, noise left out. */
  readable: AuditChange[];
}

export interface AuditFilter {
  /** A type as the API names it (Project); the API also takes the Chinese name. */
  entity?: string;
  /** Exact record id (links from other pages). */
  id?: string;
  /** Part of the business key. */
  record?: string;
  /** Login or part of a person's name; the system's Chinese name for the system. */
  actor?: string;
  action?: AuditAction;
  /** YYYY-MM-DD, Beijing days, both included. */
  from?: string;
  to?: string;
  page: number;
}

export const FILTER_KEYS = ['entity', 'id', 'record', 'actor', 'action', 'from', 'to'] as const;

export const PAGE_SIZE = 50;

export function auditQuery(filter: Omit<AuditFilter, 'page'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
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
