import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateHolidays } from './invalidate';
import type { Holiday } from './types';

export const deleteHoliday = (holiday: Holiday) =>
  api<void>(`/api/holidays/${holiday.id}`, { method: 'DELETE', version: holiday.version });

export const useDeleteHoliday = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteHoliday,
    onSettled: () => invalidateHolidays(queryClient),
  });
};
