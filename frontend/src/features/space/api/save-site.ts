import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Site, SiteInput } from './types';

export const saveSite = ({ input, existing }: { input: SiteInput; existing?: Site }) =>
  existing
    ? api<Site>(`/api/sites/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Site>('/api/sites', { method: 'POST', body: input });

export const useSaveSite = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSite,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['sites'] }),
  });
};
