import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Lead } from './types';

export const getLead = (id: number) => api<Lead>(`/api/leads/${id}`);

export const leadQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['leads', 'one', id], queryFn: () => getLead(id) });

export const useLead = (id: number) => useQuery(leadQueryOptions(id));
