import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Ranking, RankingQuery } from './types';

export function rankingUrl({ year, asOf }: RankingQuery): string {
  const params = new URLSearchParams();
  if (year) params.set('year', String(year));
  if (asOf) params.set('asOf', asOf);
  const query = params.toString();
  return `/api/ranking${query ? `?${query}` : ''}`;
}

export const getRanking = (query: RankingQuery) => api<Ranking>(rankingUrl(query));

export const rankingQueryOptions = (query: RankingQuery) =>
  queryOptions({ queryKey: ['ranking', query], queryFn: () => getRanking(query) });

/** Keeps the last table on screen while another date loads. */
export const useRanking = (query: RankingQuery) =>
  useQuery({ ...rankingQueryOptions(query), placeholderData: keepPreviousData });
