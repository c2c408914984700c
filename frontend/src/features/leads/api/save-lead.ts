import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Lead, LeadInput } from './types';

export interface SaveLeadArgs {
  input: LeadInput;
  /** The lead being edited, at the version the edit is based on; absent when creating. */
  existing?: Pick<Lead, 'id' | 'version'>;
}

export const saveLead = ({ input, existing }: SaveLeadArgs) =>
  existing
    ? api<Lead>(`/api/leads/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Lead>('/api/leads', { method: 'POST', body: input });

export const useSaveLead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLead,
    onSuccess: (lead) => queryClient.setQueryData(['leads', 'one', lead.id], lead),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['leads', 'list'] }),
  });
};
