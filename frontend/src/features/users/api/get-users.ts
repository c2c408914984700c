import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';

export interface AppUser {
  username: string;
  displayName: string | null;
  unit: { id: number; code: string; name: string } | null;
  lastSeenAt: string | null;
  version: number;
}

export const getUsers = () => api<PageOf<AppUser>>('/api/users');

export const usersQueryOptions = () => queryOptions({ queryKey: ['users'], queryFn: getUsers });

export const useUsers = () => useQuery(usersQueryOptions());
