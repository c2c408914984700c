import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';
import { forgetMe, lastMe, rememberMe } from './last-me';

export type UnitRef = Schemas['UnitRef'];
export type Me = Schemas['MeView'];

/** The caller; without a network, who was logged in here last, so the app (and the visit queue) opens offline. */
export async function getMe(): Promise<Me> {
  try {
    const me = await api<Me>('/api/me');
    rememberMe(me);
    return me;
  } catch (error) {
    const last = error instanceof ApiError && error.status === 0 ? lastMe() : null;
    if (last) return last;
    if (error instanceof ApiError && error.status === 401) forgetMe();
    throw error;
  }
}

// networkMode 'always': offline, TanStack Query would otherwise pause the query and the app would never open.
export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'], queryFn: getMe, retry: false, staleTime: 5 * 60_000, networkMode: 'always' });

export const useMe = () => useQuery(meQueryOptions());
