import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveRecord, type SaveArgs } from '../../../lib/mutations';
import { invalidateHolidays } from './invalidate';
import type { Holiday, HolidayInput } from './types';

export const saveHoliday = (args: SaveArgs<HolidayInput>) => saveRecord<Holiday>('/api/holidays', args);

export const useSaveHoliday = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveHoliday,
    onSettled: () => invalidateHolidays(queryClient),
  });
};
