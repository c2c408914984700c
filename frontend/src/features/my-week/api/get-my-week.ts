import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MyWeek, WeekScope } from './types';

export function myWeekUrl(scope: WeekScope, week?: string): string {
  const params = new URLSearchParams({ scope });
  if (week) params.set('week', week);
  return `/api/my-week?${params.toString()}`;
}

export const getMyWeek = (scope: WeekScope, week?: string) => api<MyWeek>(myWeekUrl(scope, week));

export const useMyWeek = (scope: WeekScope, week?: string) =>
  useQuery({
    queryKey: ['my-week', scope, week ?? null],
    queryFn: () => getMyWeek(scope, week),
    placeholderData: keepPreviousData,
  });
