import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Deletes a chain with no firm linked (else 409 chain.in_use). */
export const deleteChain = ({ id, version }: { id: number; version: number }) =>
  api<void>(`/api/chains/${id}`, { method: 'DELETE', version });

export const useDeleteChain = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteChain,
    onSuccess: (_, { id }) => queryClient.removeQueries({ queryKey: ['chains', 'one', id] }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['chains', 'list'] }),
  });
};
