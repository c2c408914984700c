import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A record type of the trail: as stored (Project) and its Chinese name. */
export interface AuditType {
  type: string;
  label: string;
}

export const useAuditTypes = () =>
  useQuery({ queryKey: ['audit', 'types'], queryFn: () => api<AuditType[]>('/api/audit/types'), staleTime: Infinity });
