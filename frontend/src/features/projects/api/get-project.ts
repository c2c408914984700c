import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Project } from './types';

export const getProject = (id: number) => api<Project>(`/api/projects/${id}`);

export const projectQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['projects', id], queryFn: () => getProject(id) });

export const useProject = (id: number) => useQuery(projectQueryOptions(id));
