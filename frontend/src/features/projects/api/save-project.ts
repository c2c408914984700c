import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Project, ProjectInput } from './types';

export interface SaveProjectArgs {
  input: ProjectInput;
  /** The project being edited, at the version the edit is based on; absent when creating. */
  existing?: Pick<Project, 'id' | 'version'>;
}

export const saveProject = ({ input, existing }: SaveProjectArgs) =>
  existing
    ? api<Project>(`/api/projects/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<Project>('/api/projects', { method: 'POST', body: input });

export const useSaveProject = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProject,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
};
