import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import { paramsFromFilter } from './filter-params';
import type { EnterpriseFilter, EnterpriseListItem } from './types';

export function enterprisesUrl(filter: EnterpriseFilter): string {
  return `/api/enterprises?${paramsFromFilter(filter, { withDefaults: true }).toString()}`;
}

export const getEnterprises = (filter: EnterpriseFilter) => api<PageOf<EnterpriseListItem>>(enterprisesUrl(filter));

export const useEnterprises = (filter: EnterpriseFilter) =>
  useQuery({
    queryKey: ['enterprises', filter],
    queryFn: () => getEnterprises(filter),
    placeholderData: keepPreviousData,
  });
