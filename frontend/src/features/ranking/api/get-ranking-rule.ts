import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RankingRule } from './types';

export const getRankingRule = (year: number) => api<RankingRule>(`/api/ranking-rule?year=${year}`);

export const useRankingRule = (year: number) =>
  useQuery({ queryKey: ['ranking-rule', year], queryFn: () => getRankingRule(year) });
