import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RankingRule, RankingRuleInput } from './types';

export const saveRankingRule = ({ year, input, version }: { year: number; input: RankingRuleInput; version: number }) =>
  api<RankingRule>(`/api/ranking-rule?year=${year}`, { method: 'PUT', body: input, version });

export const useSaveRankingRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRankingRule,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['ranking-rule'] }),
        queryClient.invalidateQueries({ queryKey: ['ranking'] }),
      ]),
  });
};
