import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { openCoordinationKey } from './get-open-coordination';

export interface ResolveCoordinationArgs {
  projectId: number;
  entryId: number;
  resolution: string;
}

/** Closes a coordination request: a leader, or the project's unit; anyone else gets 403 worklog.cannot_resolve. */
export const resolveCoordination = ({ projectId, entryId, resolution }: ResolveCoordinationArgs) =>
  api<unknown>(`/api/projects/${projectId}/worklog/${entryId}/resolve`, {
    method: 'POST',
    body: { resolution },
  });

export const useResolveCoordination = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveCoordination,
    // Also after a refusal: "already resolved by someone else" means the list is out of date.
    onSettled: (_, __, { projectId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: openCoordinationKey }),
        queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'worklog'] }),
      ]),
  });
};
