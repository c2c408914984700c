import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

/** A record type of the trail: as stored (Project) and its Chinese name. */
export type AuditType = Schemas['TypeView'];

export const useAuditTypes = () =>
  useQuery({ queryKey: ['audit', 'types'], queryFn: () => api<AuditType[]>('/api/audit/types'), staleTime: Infinity });
