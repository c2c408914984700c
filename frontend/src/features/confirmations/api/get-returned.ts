import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Changes, ReturnedChange } from './types';

export const getReturnedChanges = () => api<Changes<ReturnedChange>>('/api/confirmations/returned');

/** What the caller recorded that was sent back in the last 30 days and not yet recorded again. */
export const useReturnedChanges = (enabled = true) =>
  useQuery({ queryKey: ['confirmations', 'returned'], queryFn: getReturnedChanges, enabled });
