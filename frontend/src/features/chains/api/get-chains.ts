import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ChainSummary } from './types';

export const getChains = () => api<ChainSummary[]>('/api/chains');

export const chainsQueryOptions = () => queryOptions({ queryKey: ['chains', 'list'], queryFn: getChains });

export const useChains = () => useQuery(chainsQueryOptions());
