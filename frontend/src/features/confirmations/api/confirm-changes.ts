import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterDecision } from './invalidate';
import type { ChangeRef } from './types';

export const MAX_BATCH = 200;

/** All or nothing: one change no longer pending refuses the lot. */
export const confirmChanges = (items: ChangeRef[]) =>
  api<{ confirmed: number }>('/api/confirmations/confirm', {
    method: 'POST',
    body: { items: items.map(({ kind, id }) => ({ kind, id })) },
  });

export const useConfirmChanges = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmChanges, onSettled: () => invalidateAfterDecision(queryClient) });
};
