import { api } from '../../../lib/api-client';
import { useRefreshingMutation } from '../../../lib/mutations';

/** Publishes the month's figures as they are now (role stats). */
export const closeMonth = (month: string) => api<unknown>(`/api/reports/monthly/${month}/close`, { method: 'POST' });

export const useCloseMonth = () => useRefreshingMutation(closeMonth, ['reports']);
