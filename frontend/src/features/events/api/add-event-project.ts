import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { InvestmentEvent } from './types';

export const addEventProject = ({ eventId, projectId }: { eventId: number; projectId: number }) =>
  api<InvestmentEvent>(`/api/events/${eventId}/projects`, { method: 'POST', body: { projectId } });

export const useAddEventProject = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addEventProject,
    onSuccess: (event) => queryClient.setQueryData(['events', 'one', event.id], event),
    // Credit may move between events, and a project's event list changes.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['events'] }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
  });
};
