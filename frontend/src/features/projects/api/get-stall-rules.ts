import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StallRule } from './types';

export const getStallRules = () => api<StallRule[]>('/api/projects/stall-rules');

export const useStallRules = () => useQuery({ queryKey: ['projects', 'stall-rules'], queryFn: getStallRules });
