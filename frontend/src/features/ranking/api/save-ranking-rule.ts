import { api } from '../../../lib/api-client';
import type { RankingRule, RankingRuleInput } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const saveRankingRule = ({ year, input, version }: { year: number; input: RankingRuleInput; version: number }) =>
  api<RankingRule>(`/api/ranking-rule?year=${year}`, { method: 'PUT', body: input, version });

export const useSaveRankingRule = () => useRefreshingMutation(saveRankingRule, ['ranking-rule'], ['ranking']);
