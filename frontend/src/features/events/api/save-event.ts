import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EventInput, InvestmentEvent } from './types';

export interface SaveEventArgs {
  input: EventInput;
  /** The event being edited, at the version the edit is based on; absent when creating. */
  existing?: { id: number; version: number };
}

export const saveEvent = ({ input, existing }: SaveEventArgs) =>
  existing
    ? api<InvestmentEvent>(`/api/events/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<InvestmentEvent>('/api/events', { method: 'POST', body: input });

export const useSaveEvent = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEvent,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
};
