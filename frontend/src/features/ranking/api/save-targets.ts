import { api } from '../../../lib/api-client';
import type { TargetGrid, TargetGridInput } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const saveTargets = ({ year, input, version }: { year: number; input: TargetGridInput; version: number }) =>
  api<TargetGrid>(`/api/targets?year=${year}`, { method: 'PUT', body: input, version });

/** Saving the grid changes the ranking too. */
export const useSaveTargets = () => useRefreshingMutation(saveTargets, ['targets'], ['ranking']);
