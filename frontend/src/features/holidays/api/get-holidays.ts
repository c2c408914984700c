import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Holiday } from './types';

export const getHolidays = (year: number) => api<PageOf<Holiday>>(`/api/holidays?year=${year}`);

export const useHolidays = (year: number) =>
  useQuery({ queryKey: ['holidays', { year }], queryFn: () => getHolidays(year) });
