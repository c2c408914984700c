import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TargetGrid } from './types';

export const getTargets = (year: number) => api<TargetGrid>(`/api/targets?year=${year}`);

export const useTargets = (year: number) => useQuery({ queryKey: ['targets', year], queryFn: () => getTargets(year) });
