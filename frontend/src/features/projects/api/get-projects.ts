import { api, type PageOf } from '../../../lib/api-client';
import type { ProjectFilter, ProjectListFilter, ProjectListItem } from './types';
import { useListPage } from '../../../lib/list-query';

export const NEW_STAGES = ['NEGOTIATING', 'SIGNED', 'LANDED', 'ANY'] as const;
export type NewStage = (typeof NEW_STAGES)[number];

/**
 * How a cockpit figure opens the projects behind it: `newStage` keeps the projects counted as new at that stage
 * in [from, to] (the cockpit's counting rule); `withFunds` keeps those with funds arriving in that period.
 */
export interface DrillDown {
  newStage?: NewStage;
  withFunds?: boolean;
  /** YYYY-MM-DD */
  from?: string;
  /** YYYY-MM-DD */
  to?: string;
}

/** Projects matching a term, for pickers (the project an upgrade builds on). */
export const searchProjects = async (q: string) =>
  (await api<PageOf<ProjectListItem>>(`/api/projects?${new URLSearchParams({ q, size: '20' })}`)).items.map((p) => ({
    value: p.id,
    label: `${p.name} (${p.code})`,
  }));

/** The filter part of the query, shared by the list and the board. */
export function filterParams(filter: ProjectFilter & DrillDown): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  filter.stages.forEach((stage) => params.append('stage', stage));
  if (filter.pool) params.set('pool', filter.pool);
  if (filter.unitId) params.set('unitId', String(filter.unitId));
  if (filter.industryId) params.set('industryId', String(filter.industryId));
  if (filter.zoneId) params.set('zoneId', String(filter.zoneId));
  if (filter.keyProject) params.set('keyProject', 'true');
  if (filter.stalled) params.set('stalled', 'true');
  if (filter.pendingConfirmation) params.set('pendingConfirmation', 'true');
  if (filter.sponsoredByMe) params.set('sponsoredByMe', 'true');
  if (filter.newStage) params.set('newStage', filter.newStage);
  if (filter.withFunds) params.set('withFunds', 'true');
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params;
}

export function projectsUrl(filter: ProjectListFilter & DrillDown): string {
  const params = filterParams(filter);
  params.set('sort', filter.sort);
  params.set('page', String(filter.page));
  params.set('size', String(filter.size));
  return `/api/projects?${params.toString()}`;
}

export const getProjects = (filter: ProjectListFilter & DrillDown) => api<PageOf<ProjectListItem>>(projectsUrl(filter));

export const useProjects = (filter: ProjectListFilter & DrillDown) => useListPage('projects', filter, getProjects);
