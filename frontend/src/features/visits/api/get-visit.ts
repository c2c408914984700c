import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Visit } from './types';

export const getVisit = (id: number) => api<Visit>(`/api/visits/${id}`);

export const visitQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['visits', id], queryFn: () => getVisit(id) });

export const useVisit = (id: number, enabled = true) => useQuery({ ...visitQueryOptions(id), enabled });
