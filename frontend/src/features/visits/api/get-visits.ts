import { api, type PageOf } from '../../../lib/api-client';
import type { Visit, VisitFilter } from './types';
import { useListPage } from '../../../lib/list-query';

/** The filter part of a visits query, as both the API and the page's URL spell it. */
export function visitFilterParams(filter: Omit<VisitFilter, 'page' | 'size' | 'sort'>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.enterpriseId) params.set('enterpriseId', String(filter.enterpriseId));
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.intent) params.set('intent', filter.intent);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.mine) params.set('mine', 'true');
  if (filter.followUpOpen) params.set('followUpOpen', 'true');
  return params;
}

export function visitsUrl(filter: VisitFilter): string {
  const params = visitFilterParams(filter);
  params.set('sort', filter.sort);
  params.set('page', String(filter.page));
  params.set('size', String(filter.size));
  return `/api/visits?${params.toString()}`;
}

export const getVisits = (filter: VisitFilter) => api<PageOf<Visit>>(visitsUrl(filter));

export const useVisits = (filter: VisitFilter) => useListPage('visits', filter, getVisits);
