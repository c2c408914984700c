import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Trip } from './types';

export const getTrip = (id: number) => api<Trip>(`/api/trips/${id}`);

export const tripQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['trips', 'one', id], queryFn: () => getTrip(id) });

export const useTrip = (id: number) => useQuery(tripQueryOptions(id));
