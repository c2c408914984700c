import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { EnterpriseFilter, EnterpriseListItem } from './types';

export function enterprisesUrl(filter: EnterpriseFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  filter.tags.forEach((tag) => params.append('tag', tag));
  if (filter.industryId) params.set('industryId', String(filter.industryId));
  if (filter.status) params.set('status', filter.status);
  params.set('sort', filter.sort);
  params.set('page', String(filter.page));
  params.set('size', String(filter.size));
  return `/api/enterprises?${params.toString()}`;
}

export const getEnterprises = (filter: EnterpriseFilter) => api<PageOf<EnterpriseListItem>>(enterprisesUrl(filter));

export const useEnterprises = (filter: EnterpriseFilter) =>
  useQuery({ queryKey: ['enterprises', filter], queryFn: () => getEnterprises(filter), placeholderData: keepPreviousData });
