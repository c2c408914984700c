import { api } from '../../../lib/api-client';
import type { Project, TransitionInput } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export interface RecordTransitionArgs {
  project: { id: number; version: number };
  input: TransitionInput;
}

/** Moves a project to another stage; sends the version the person saw, so a stale card is refused. */
export const recordTransition = ({ project, input }: RecordTransitionArgs) =>
  api<Project>(`/api/projects/${project.id}/transitions`, { method: 'POST', body: input, version: project.version });

export const useRecordTransition = () => useRefreshingMutation(recordTransition, ['projects']);
