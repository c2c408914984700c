import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ConvertInput, Converted } from './types';

export const convertLead = ({ id, input }: { id: number; input: ConvertInput }) =>
  api<Converted>(`/api/leads/${id}/convert`, { method: 'POST', body: input });

export const useConvertLead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: convertLead,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['leads'] }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
  });
};
