import { api } from '../../../lib/api-client';
import { useRefreshingMutation } from '../../../lib/mutations';

export interface ReopenMonthArgs {
  month: string;
  reason: string;
}

/** Opens a closed month again (admin), with the reason kept in the audit trail. */
export const reopenMonth = ({ month, reason }: ReopenMonthArgs) =>
  api<unknown>(`/api/reports/monthly/${month}/reopen`, { method: 'POST', body: { reason } });

export const useReopenMonth = () => useRefreshingMutation(reopenMonth, ['reports']);
