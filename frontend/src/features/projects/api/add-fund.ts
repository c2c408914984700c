import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Fund, FundInput } from './types';

export const addFund = ({ projectId, input }: { projectId: number; input: FundInput }) =>
  api<Fund>(`/api/projects/${projectId}/funds`, { method: 'POST', body: input });

export const useAddFund = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addFund,
    onSettled: (_, __, { projectId }) => queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'funds'] }),
  });
};
