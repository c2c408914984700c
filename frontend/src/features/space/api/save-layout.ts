import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Park, ParkInput, Zone, ZoneInput } from './types';

/** Zones (axis, belts, clusters) and parks: the district's layout, edited by admins. */
const saveRecord =
  <T extends { id: number; version: number }, I>(collection: 'zones' | 'parks') =>
  ({ input, existing }: { input: I; existing?: T }) =>
    existing
      ? api<T>(`/api/${collection}/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
      : api<T>(`/api/${collection}`, { method: 'POST', body: input });

export const saveZone = saveRecord<Zone, ZoneInput>('zones');
export const savePark = saveRecord<Park, ParkInput>('parks');

export const useSaveZone = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveZone, onSettled: () => queryClient.invalidateQueries({ queryKey: ['zones'] }) });
};

export const useSavePark = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePark, onSettled: () => queryClient.invalidateQueries({ queryKey: ['parks'] }) });
};
