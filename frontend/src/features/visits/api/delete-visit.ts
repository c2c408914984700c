import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateVisitViews } from './invalidate';
import type { Visit } from './types';

export const deleteVisit = ({ id, version }: Pick<Visit, 'id' | 'version'>) =>
  api<void>(`/api/visits/${id}`, { method: 'DELETE', version });

export const useDeleteVisit = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteVisit, onSuccess: () => invalidateVisitViews(queryClient) });
};
