import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Transition } from './types';

export const confirmTransition = ({ projectId, transitionId }: { projectId: number; transitionId: number }) =>
  api<Transition>(`/api/projects/${projectId}/transitions/${transitionId}/confirm`, { method: 'POST' });

export const useConfirmTransition = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTransition,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
};
