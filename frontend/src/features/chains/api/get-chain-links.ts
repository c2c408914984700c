import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ChainLink } from './types';

export const getChainLinks = (enterpriseId: number) =>
  api<ChainLink[]>(`/api/chains/links?enterpriseId=${enterpriseId}`);

export const useChainLinks = (enterpriseId: number) =>
  useQuery({ queryKey: ['chains', 'links', enterpriseId], queryFn: () => getChainLinks(enterpriseId) });
