import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SponsoredSummary } from './types';

/** My sponsored projects of the caller in figures. */
export const getSponsored = () => api<SponsoredSummary>('/api/projects/sponsored');

export const useSponsored = () => useQuery({ queryKey: ['projects', 'sponsored'], queryFn: getSponsored });
