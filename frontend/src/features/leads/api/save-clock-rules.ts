import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ClockRules, ClockRulesInput } from './types';

export const saveClockRules = ({ input, version }: { input: ClockRulesInput; version: number }) =>
  api<ClockRules>('/api/leads/clock-rules', { method: 'PUT', body: input, version });

export const useSaveClockRules = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveClockRules,
    onSuccess: (rules) => queryClient.setQueryData(['leads', 'clock-rules'], rules),
    // Open leads' due dates are recomputed with the rules.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['leads'] }),
  });
};
