import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Unit } from './types';

export const getUnits = () => api<PageOf<Unit>>('/api/units');

export const unitsQueryOptions = () => queryOptions({ queryKey: ['units'], queryFn: getUnits });

export const useUnits = () => useQuery(unitsQueryOptions());
