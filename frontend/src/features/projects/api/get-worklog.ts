import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WorklogEntry } from './types';

export const getWorklog = (projectId: number) => api<WorklogEntry[]>(`/api/projects/${projectId}/worklog`);

export const useWorklog = (projectId: number) =>
  useQuery({ queryKey: ['projects', projectId, 'worklog'], queryFn: () => getWorklog(projectId) });
