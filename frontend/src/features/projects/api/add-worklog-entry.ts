import { api } from '../../../lib/api-client';
import type { WorklogEntry, WorklogInput } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const addWorklogEntry = ({ projectId, input }: { projectId: number; input: WorklogInput }) =>
  api<WorklogEntry>(`/api/projects/${projectId}/worklog`, { method: 'POST', body: input });

// A new entry can clear a "no work-log" stall flag, so the project views refresh too.
export const useAddWorklogEntry = () => useRefreshingMutation(addWorklogEntry, ['projects']);
