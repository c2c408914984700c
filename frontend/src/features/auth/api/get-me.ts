import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export interface Me {
  username: string;
  displayName: string;
  roles: string[];
  unit: UnitRef | null;
}

export const getMe = () => api<Me>('/api/me');

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'], queryFn: getMe, retry: false, staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());
