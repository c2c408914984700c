import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Changes } from './types';

export const CONFIRMATIONS_REFRESH_MS = 5 * 60_000;

export const getConfirmations = () => api<Changes>('/api/confirmations');

/** The pending changes, oldest first: a unit head's own unit, every unit for leaders, stats and admins. */
export const useConfirmations = (enabled = true) =>
  useQuery({
    queryKey: ['confirmations', 'pending'],
    queryFn: getConfirmations,
    enabled,
    refetchInterval: CONFIRMATIONS_REFRESH_MS,
    staleTime: 60_000,
  });
