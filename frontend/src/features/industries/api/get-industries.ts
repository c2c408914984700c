import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Industry } from './types';

export const getIndustries = (includeRetired: boolean) =>
  api<PageOf<Industry>>(`/api/industries?includeRetired=${includeRetired}`);

export const industriesQueryOptions = (includeRetired: boolean) =>
  queryOptions({ queryKey: ['industries', { includeRetired }], queryFn: () => getIndustries(includeRetired) });

export const useIndustries = (includeRetired = false) => useQuery(industriesQueryOptions(includeRetired));
