import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Industry, IndustryInput } from './types';

export interface SaveIndustryArgs {
  input: IndustryInput;
  existing?: Industry;
}

export const saveIndustry = ({ input, existing }: SaveIndustryArgs) =>
  existing
    ? api<Industry>(`/api/industries/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Industry>('/api/industries', { method: 'POST', body: input });

export const useSaveIndustry = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveIndustry,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['industries'] }),
  });
};
