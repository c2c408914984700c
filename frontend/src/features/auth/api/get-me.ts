import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

export type UnitRef = Schemas['UnitRef'];
export type Me = Schemas['MeView'];

export const getMe = () => api<Me>('/api/me');

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'], queryFn: getMe, retry: false, staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());
