import { api } from '../../../lib/api-client';
import { useRefreshingMutation } from '../../../lib/mutations';

export const removeEventProject = ({ eventId, projectId }: { eventId: number; projectId: number }) =>
  api<void>(`/api/events/${eventId}/projects/${projectId}`, { method: 'DELETE' });

export const useRemoveEventProject = () => useRefreshingMutation(removeEventProject, ['events'], ['projects']);
