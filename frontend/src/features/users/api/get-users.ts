import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

export type AppUser = Schemas['UserView'];

export const getUsers = () => api<PageOf<AppUser>>('/api/users');

export const usersQueryOptions = () => queryOptions({ queryKey: ['users'], queryFn: getUsers });

export const useUsers = () => useQuery(usersQueryOptions());
