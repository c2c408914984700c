import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lead } from './types';

/** A POST on one lead that answers the lead: the page shows the answer, the lists refresh. */
export function useLeadAction<TArgs extends { id: number }>(call: (args: TArgs) => Promise<Lead>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (lead) => queryClient.setQueryData(['leads', 'one', lead.id], lead),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['leads', 'list'] }),
  });
}
