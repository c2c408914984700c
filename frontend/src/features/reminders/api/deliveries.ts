import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Delivery, DigestRun } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const useDeliveries = (page: number, size: number) =>
  useQuery({
    queryKey: ['reminder-deliveries', { page, size }],
    queryFn: () => api<PageOf<Delivery>>(`/api/reminders/deliveries?page=${page}&size=${size}`),
  });

/** Send today's digest now: what was sent today already is not sent again. */
export const useSendDigest = () =>
  useRefreshingMutation(() => api<DigestRun>('/api/reminders/digest', { method: 'POST' }), ['reminder-deliveries']);

/** The caller's own switch for the daily digest by mail. */
export const useEmailDigestSwitch = () =>
  useRefreshingMutation(
    (on: boolean) => api<void>('/api/reminders/email-digest', { method: 'PUT', body: { on } }),
    ['me'],
  );
