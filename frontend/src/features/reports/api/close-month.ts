import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Publishes the month's figures as they are now (role stats). */
export const closeMonth = (month: string) => api<unknown>(`/api/reports/monthly/${month}/close`, { method: 'POST' });

export const useCloseMonth = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeMonth,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reports'] }),
  });
};
