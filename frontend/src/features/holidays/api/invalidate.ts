import type { QueryClient } from '@tanstack/react-query';

/** After a change to the calendar: its years, and the leads whose working-day due dates the server moved. */
export const invalidateHolidays = (queryClient: QueryClient) =>
  Promise.all(['holidays', 'leads'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
