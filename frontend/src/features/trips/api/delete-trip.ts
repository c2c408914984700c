import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const deleteTrip = ({ id, version }: { id: number; version: number }) =>
  api<void>(`/api/trips/${id}`, { method: 'DELETE', version });

export const useDeleteTrip = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTrip,
    onSuccess: (_, { id }) => queryClient.removeQueries({ queryKey: ['trips', 'one', id] }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['trips', 'list'] }),
  });
};
