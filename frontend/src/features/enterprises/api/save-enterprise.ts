import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Enterprise, EnterpriseInput } from './types';

export const saveEnterprise = ({ input, existing }: { input: EnterpriseInput; existing?: Enterprise }) =>
  existing
    ? api<Enterprise>(`/api/enterprises/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Enterprise>('/api/enterprises', { method: 'POST', body: input });

export const useSaveEnterprise = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEnterprise,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['enterprises'] }),
  });
};
