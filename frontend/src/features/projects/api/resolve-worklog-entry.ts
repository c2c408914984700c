import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WorklogEntry } from './types';

export interface ResolveWorklogArgs {
  projectId: number;
  entryId: number;
  resolution: string;
}

export const resolveWorklogEntry = ({ projectId, entryId, resolution }: ResolveWorklogArgs) =>
  api<WorklogEntry>(`/api/projects/${projectId}/worklog/${entryId}/resolve`, { method: 'POST', body: { resolution } });

export const useResolveWorklogEntry = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveWorklogEntry,
    onSettled: (_, __, { projectId }) =>
      queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'worklog'] }),
  });
};
