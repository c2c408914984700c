import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Fund } from './types';

export const deleteFund = ({ projectId, fund }: { projectId: number; fund: Fund }) =>
  api<void>(`/api/projects/${projectId}/funds/${fund.id}`, { method: 'DELETE', version: fund.version });

export const useDeleteFund = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFund,
    onSettled: (_, __, { projectId }) => queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'funds'] }),
  });
};
