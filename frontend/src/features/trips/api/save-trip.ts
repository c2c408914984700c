import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Trip, TripInput } from './types';

export interface SaveTripArgs {
  input: TripInput;
  /** The trip being edited, at the version the edit is based on; absent when creating. */
  existing?: { id: number; version: number };
}

export const saveTrip = ({ input, existing }: SaveTripArgs) =>
  existing
    ? api<Trip>(`/api/trips/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Trip>('/api/trips', { method: 'POST', body: input });

export const useSaveTrip = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTrip,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['trips'] }),
  });
};
