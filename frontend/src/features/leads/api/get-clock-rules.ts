import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ClockRules } from './types';

export const getClockRules = () => api<ClockRules>('/api/leads/clock-rules');

export const useClockRules = () => useQuery({ queryKey: ['leads', 'clock-rules'], queryFn: getClockRules });
