import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { InvestmentEvent } from './types';

export const getEvent = (id: number) => api<InvestmentEvent>(`/api/events/${id}`);

export const eventQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['events', 'one', id], queryFn: () => getEvent(id) });

export const useEvent = (id: number) => useQuery(eventQueryOptions(id));
