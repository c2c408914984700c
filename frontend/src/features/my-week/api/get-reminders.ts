import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Reminders } from './types';

export const REMINDERS_REFRESH_MS = 5 * 60_000;

export const getReminders = () => api<Reminders>('/api/reminders');

export const useReminders = (enabled: boolean) =>
  useQuery({
    queryKey: ['reminders'],
    queryFn: getReminders,
    enabled,
    refetchInterval: REMINDERS_REFRESH_MS,
    staleTime: 60_000,
  });
