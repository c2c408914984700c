import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveRecord, type SaveArgs } from '../../../lib/mutations';
import type { Lead, LeadInput } from './types';

export const saveLead = (args: SaveArgs<LeadInput>) => saveRecord<Lead>('/api/leads', args);

export const useSaveLead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLead,
    onSuccess: (lead) => queryClient.setQueryData(['leads', 'one', lead.id], lead),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['leads', 'list'] }),
  });
};
