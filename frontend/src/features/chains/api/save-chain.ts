import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ChainInput, ChainSummary } from './types';

export interface SaveChainArgs {
  input: ChainInput;
  /** The chain being edited, at the version the edit is based on; absent when creating. */
  existing?: { id: number; version: number };
}

export const saveChain = ({ input, existing }: SaveChainArgs) =>
  existing
    ? api<ChainSummary>(`/api/chains/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<ChainSummary>('/api/chains', { method: 'POST', body: input });

export const useSaveChain = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveChain,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['chains'] }),
  });
};
