import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OpenCoordination } from './types';

/** Open coordination requests across projects, oldest first (the server's order). */
export const getOpenCoordination = () => api<OpenCoordination[]>('/api/projects/coordination?open=true');

/** Under "projects": whatever refreshes the projects refreshes this list too. */
export const openCoordinationKey = ['projects', 'coordination', 'open'] as const;

export const useOpenCoordination = (enabled = true) =>
  useQuery({ queryKey: openCoordinationKey, queryFn: getOpenCoordination, enabled });
