import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Chain } from './types';

export const getChain = (id: number) => api<Chain>(`/api/chains/${id}`);

export const chainQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['chains', 'one', id], queryFn: () => getChain(id) });

export const useChain = (id: number) => useQuery(chainQueryOptions(id));
