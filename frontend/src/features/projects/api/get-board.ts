import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { filterParams } from './get-projects';
import type { Board, ProjectFilter } from './types';

export function boardUrl(filter: ProjectFilter): string {
  const query = filterParams(filter).toString();
  return `/api/projects/board${query ? `?${query}` : ''}`;
}

export const getBoard = (filter: ProjectFilter) => api<Board>(boardUrl(filter));

export const useBoard = (filter: ProjectFilter) =>
  useQuery({
    queryKey: ['projects', 'board', filter],
    queryFn: () => getBoard(filter),
    placeholderData: keepPreviousData,
  });
