import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TimelineEntry } from './types';

export const getEnterpriseTimeline = (enterpriseId: number) =>
  api<TimelineEntry[]>(`/api/enterprises/${enterpriseId}/timeline`);

export const useEnterpriseTimeline = (enterpriseId: number) =>
  useQuery({ queryKey: ['enterprise-timeline', enterpriseId], queryFn: () => getEnterpriseTimeline(enterpriseId) });
