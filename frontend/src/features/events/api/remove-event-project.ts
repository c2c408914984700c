import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const removeEventProject = ({ eventId, projectId }: { eventId: number; projectId: number }) =>
  api<void>(`/api/events/${eventId}/projects/${projectId}`, { method: 'DELETE' });

export const useRemoveEventProject = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeEventProject,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['events'] }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
  });
};
