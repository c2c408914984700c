import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StallRule, StallRuleInput } from './types';

export interface SaveStallRuleArgs {
  /** The rule being edited, at the version the edit is based on. */
  rule: Pick<StallRule, 'id' | 'version'>;
  input: StallRuleInput;
}

export const saveStallRule = ({ rule, input }: SaveStallRuleArgs) =>
  api<StallRule>(`/api/projects/stall-rules/${rule.id}`, { method: 'PUT', body: input, version: rule.version });

export const useSaveStallRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveStallRule,
    // Stalled flags on every project view may change with a rule.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
};
