import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Cockpit, CockpitQuery } from './types';

export function cockpitUrl({ asOf, unitId }: CockpitQuery): string {
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  if (unitId) params.set('unitId', String(unitId));
  const query = params.toString();
  return `/api/cockpit${query ? `?${query}` : ''}`;
}

export const getCockpit = (query: CockpitQuery) => api<Cockpit>(cockpitUrl(query));

export const cockpitQueryOptions = (query: CockpitQuery) =>
  queryOptions({ queryKey: ['cockpit', query], queryFn: () => getCockpit(query) });

/** Keeps the last figures on screen while another date or unit loads. */
export const useCockpit = (query: CockpitQuery, enabled = true) =>
  useQuery({ ...cockpitQueryOptions(query), enabled, placeholderData: keepPreviousData });
