import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Enterprise, EnterpriseListItem } from './types';
import type { Schemas } from '../../../types/api';
import { useRefreshingMutation } from '../../../lib/mutations';

export type DuplicateGroup = Schemas['DuplicateGroup'];

export const useDuplicates = () =>
  useQuery({
    queryKey: ['enterprises', 'duplicates'],
    queryFn: () => api<DuplicateGroup[]>('/api/enterprises/duplicates'),
  });

export const mergeEnterprise = ({ survivor, otherId }: { survivor: EnterpriseListItem; otherId: number }) =>
  api<Enterprise>(`/api/enterprises/${survivor.id}/merge`, {
    method: 'POST',
    body: { otherId },
    version: survivor.version,
  });

export const useMergeEnterprise = () => useRefreshingMutation(mergeEnterprise, ['enterprises']);
