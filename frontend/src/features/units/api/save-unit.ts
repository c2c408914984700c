import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Unit, UnitInput } from './types';

export interface SaveUnitArgs {
  input: UnitInput;
  /** The unit being edited; absent when creating. */
  existing?: Unit;
}

export const saveUnit = ({ input, existing }: SaveUnitArgs) =>
  existing
    ? api<Unit>(`/api/units/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Unit>('/api/units', { method: 'POST', body: input });

export const useSaveUnit = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveUnit,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
};
