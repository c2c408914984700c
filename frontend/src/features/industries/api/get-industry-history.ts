import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { HistoryEntry } from './types';

export const getIndustryHistory = (id: number) => api<HistoryEntry[]>(`/api/industries/${id}/history`);

export const useIndustryHistory = (id: number | undefined) =>
  useQuery({
    queryKey: ['industries', id, 'history'],
    queryFn: () => getIndustryHistory(id as number),
    enabled: id !== undefined,
  });
