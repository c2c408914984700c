import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateVisitViews } from './invalidate';
import type { Visit, VisitInput } from './types';

/**
 * Creates a visit under an idempotency key (the draft's uuid): the server answers a repeated POST with the visit the
 * first one made, so saving again after a dropped connection never records the visit twice.
 */
export const createVisit = (input: VisitInput, idempotencyKey: string) =>
  api<Visit>('/api/visits', { method: 'POST', body: input, idempotencyKey });

export const updateVisit = (id: number, version: number, input: VisitInput) =>
  api<Visit>(`/api/visits/${id}`, { method: 'PUT', body: input, version });

export interface SaveVisitArgs {
  input: VisitInput;
  /** Editing: the visit and the version the edit is based on. */
  existing?: { id: number; version: number };
  /** Creating: the draft's key. */
  idempotencyKey: string;
}

export const saveVisit = ({ input, existing, idempotencyKey }: SaveVisitArgs) =>
  existing ? updateVisit(existing.id, existing.version, input) : createVisit(input, idempotencyKey);

export const useSaveVisit = () => {
  const queryClient = useQueryClient();
  // networkMode 'always': offline, a paused save would spin until the network returns; the form queues it instead.
  return useMutation({
    mutationFn: saveVisit,
    networkMode: 'always',
    onSuccess: () => invalidateVisitViews(queryClient),
  });
};
