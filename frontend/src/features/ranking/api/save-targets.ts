import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TargetGrid, TargetGridInput } from './types';

export const saveTargets = ({ year, input, version }: { year: number; input: TargetGridInput; version: number }) =>
  api<TargetGrid>(`/api/targets?year=${year}`, { method: 'PUT', body: input, version });

/** Saving the grid changes the ranking too. */
export const useSaveTargets = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTargets,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['targets'] }),
        queryClient.invalidateQueries({ queryKey: ['ranking'] }),
      ]),
  });
};
