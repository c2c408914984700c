import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { LinkedVisit } from '../../trips';

const VISITS_SHOWN = 200;

/** The visits recorded for a project, newest first. */
export const getProjectVisits = (projectId: number) =>
  api<PageOf<LinkedVisit>>(`/api/visits?projectId=${projectId}&size=${VISITS_SHOWN}`);

export const useProjectVisits = (projectId: number) =>
  useQuery({ queryKey: ['visits', 'project', projectId], queryFn: () => getProjectVisits(projectId) });
