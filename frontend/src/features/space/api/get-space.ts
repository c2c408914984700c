import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Park, Site, Zone } from './types';

export const useZones = () => useQuery({ queryKey: ['zones'], queryFn: () => api<PageOf<Zone>>('/api/zones') });

export const useParks = () => useQuery({ queryKey: ['parks'], queryFn: () => api<PageOf<Park>>('/api/parks') });

export interface SiteFilter {
  parkId?: number;
  industryId?: number;
}

export const getSites = (filter: SiteFilter) => {
  const params = new URLSearchParams();
  if (filter.parkId) params.set('parkId', String(filter.parkId));
  if (filter.industryId) params.set('industryId', String(filter.industryId));
  const query = params.toString();
  return api<PageOf<Site>>(`/api/sites${query ? `?${query}` : ''}`);
};

export const useSites = (filter: SiteFilter) =>
  useQuery({ queryKey: ['sites', filter], queryFn: () => getSites(filter) });
