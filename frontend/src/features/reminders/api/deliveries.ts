import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Delivery, DigestRun } from './types';

export const useDeliveries = (page: number, size: number) =>
  useQuery({
    queryKey: ['reminder-deliveries', { page, size }],
    queryFn: () => api<PageOf<Delivery>>(`/api/reminders/deliveries?page=${page}&size=${size}`),
  });

/** Send today's digest now: what was sent today already is not sent again. */
export const useSendDigest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<DigestRun>('/api/reminders/digest', { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reminder-deliveries'] }),
  });
};

/** The caller's own switch for the daily digest by mail. */
export const useEmailDigestSwitch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) => api<void>('/api/reminders/email-digest', { method: 'PUT', body: { on } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
};
