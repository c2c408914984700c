import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toApiError } from '../../../lib/api-client';
import { invalidateVisitViews } from './invalidate';
import type { Visit, VisitInput } from './types';

/**
 * Creates a visit under an idempotency key (the draft's uuid): the server answers a repeated POST with the visit the
 * first one made, so saving again after a dropped connection never records the visit twice.
 */
export async function createVisit(input: VisitInput, idempotencyKey: string): Promise<Visit> {
  const response = await fetch('/api/visits', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
      'Idempotency-Key': idempotencyKey,
    },
    body: JSON.stringify(input),
  }).catch(() => {
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as Visit;
}

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
  return useMutation({ mutationFn: saveVisit, onSuccess: () => invalidateVisitViews(queryClient) });
};
