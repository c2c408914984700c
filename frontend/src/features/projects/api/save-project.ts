import type { Project, ProjectInput } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveProject = (args: SaveArgs<ProjectInput>) => saveRecord<Project>('/api/projects', args);

export const useSaveProject = () => useRefreshingMutation(saveProject, ['projects']);
