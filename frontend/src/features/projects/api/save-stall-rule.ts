import { api } from '../../../lib/api-client';
import type { StallRule, StallRuleInput } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export interface SaveStallRuleArgs {
  /** The rule being edited, at the version the edit is based on. */
  rule: Pick<StallRule, 'id' | 'version'>;
  input: StallRuleInput;
}

export const saveStallRule = ({ rule, input }: SaveStallRuleArgs) =>
  api<StallRule>(`/api/projects/stall-rules/${rule.id}`, { method: 'PUT', body: input, version: rule.version });

// Stalled flags on every project view may change with a rule.
export const useSaveStallRule = () => useRefreshingMutation(saveStallRule, ['projects']);
