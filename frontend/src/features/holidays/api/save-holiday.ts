import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateHolidays } from './invalidate';
import type { Holiday, HolidayInput } from './types';

export interface SaveHolidayArgs {
  input: HolidayInput;
  /** The day being edited; absent when adding one. */
  existing?: Holiday;
}

export const saveHoliday = ({ input, existing }: SaveHolidayArgs) =>
  existing
    ? api<Holiday>(`/api/holidays/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Holiday>('/api/holidays', { method: 'POST', body: input });

export const useSaveHoliday = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveHoliday,
    onSettled: () => invalidateHolidays(queryClient),
  });
};
