import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Funds } from './types';

export const getFunds = (projectId: number, asOf?: string) =>
  api<Funds>(`/api/projects/${projectId}/funds${asOf ? `?asOf=${asOf}` : ''}`);

export const useFunds = (projectId: number, asOf?: string) =>
  useQuery({ queryKey: ['projects', projectId, 'funds', { asOf }], queryFn: () => getFunds(projectId, asOf) });
