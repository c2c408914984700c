import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Industry } from './types';

/** Retire or restore an industry of the catalogue. */
export const setIndustryRetired = ({ industry, retired }: { industry: Industry; retired: boolean }) =>
  retired
    ? api<Industry>(`/api/industries/${industry.id}/retire`, { method: 'POST', body: {}, version: industry.version })
    : api<Industry>(`/api/industries/${industry.id}/restore`, { method: 'POST', version: industry.version });

export const useSetIndustryRetired = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setIndustryRetired,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['industries'] }),
  });
};
