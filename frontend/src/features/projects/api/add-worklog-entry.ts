import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WorklogEntry, WorklogInput } from './types';

export const addWorklogEntry = ({ projectId, input }: { projectId: number; input: WorklogInput }) =>
  api<WorklogEntry>(`/api/projects/${projectId}/worklog`, { method: 'POST', body: input });

export const useAddWorklogEntry = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addWorklogEntry,
    // A new entry can clear a "no work-log" stall flag, so the project views refresh too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
};
