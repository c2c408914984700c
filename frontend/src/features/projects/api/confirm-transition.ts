import { api } from '../../../lib/api-client';
import type { Transition } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const confirmTransition = ({ projectId, transitionId }: { projectId: number; transitionId: number }) =>
  api<Transition>(`/api/projects/${projectId}/transitions/${transitionId}/confirm`, { method: 'POST' });

export const useConfirmTransition = () => useRefreshingMutation(confirmTransition, ['projects']);
