import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { ProjectFilter, ProjectListFilter, ProjectListItem } from './types';

/** The filter part of the query, shared by the list and the board. */
export function filterParams(filter: ProjectFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  filter.stages.forEach((stage) => params.append('stage', stage));
  if (filter.pool) params.set('pool', filter.pool);
  if (filter.unitId) params.set('unitId', String(filter.unitId));
  if (filter.industryId) params.set('industryId', String(filter.industryId));
  if (filter.zoneId) params.set('zoneId', String(filter.zoneId));
  if (filter.keyProject) params.set('keyProject', 'true');
  if (filter.stalled) params.set('stalled', 'true');
  return params;
}

export function projectsUrl(filter: ProjectListFilter): string {
  const params = filterParams(filter);
  params.set('sort', filter.sort);
  params.set('page', String(filter.page));
  params.set('size', String(filter.size));
  return `/api/projects?${params.toString()}`;
}

export const getProjects = (filter: ProjectListFilter) => api<PageOf<ProjectListItem>>(projectsUrl(filter));

export const useProjects = (filter: ProjectListFilter) =>
  useQuery({ queryKey: ['projects', 'list', filter], queryFn: () => getProjects(filter), placeholderData: keepPreviousData });
