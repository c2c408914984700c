import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Transition } from './types';

export const getTransitions = (projectId: number) => api<Transition[]>(`/api/projects/${projectId}/transitions`);

export const useTransitions = (projectId: number) =>
  useQuery({ queryKey: ['projects', projectId, 'transitions'], queryFn: () => getTransitions(projectId) });
