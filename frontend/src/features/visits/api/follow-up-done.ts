import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateVisitViews } from './invalidate';
import type { Visit } from './types';

export const markFollowUpDone = (id: number) => api<Visit>(`/api/visits/${id}/follow-up-done`, { method: 'POST' });

export const useFollowUpDone = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markFollowUpDone,
    onSuccess: (visit) => {
      queryClient.setQueryData(['visits', visit.id], visit);
      return invalidateVisitViews(queryClient);
    },
  });
};
