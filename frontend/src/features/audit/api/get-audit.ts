import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

export type AuditEvent = Schemas['AuditEntryView'];
export type AuditAction = AuditEvent['action'];
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'LOGIN',
  'LOGOUT',
  'REFUSED',
  'EXPORT',
  'PURGE',
  'DOWNLOAD',
] as const satisfies readonly AuditAction[];

/** One change in words: the field's label and display texts (null when empty). */
export type AuditChange = Schemas['Change'];

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

/** The trail's URL for a filter (its export: the same at /export). */
export const auditUrl = (filter: Omit<AuditFilter, 'page'>) => `/api/audit?${auditQuery(filter)}`;

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
