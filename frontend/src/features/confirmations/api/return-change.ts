import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterDecision } from './invalidate';
import type { ChangeRef, ReturnedChange } from './types';

export const REASON_MAX = 500;

export const returnChange = ({ kind, id, reason }: ChangeRef & { reason: string }) =>
  api<ReturnedChange>('/api/confirmations/return', { method: 'POST', body: { kind, id, reason } });

export const useReturnChange = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: returnChange, onSettled: () => invalidateAfterDecision(queryClient) });
};
