import type { Industry, IndustryInput } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveIndustry = (args: SaveArgs<IndustryInput>) => saveRecord<Industry>('/api/industries', args);

export const useSaveIndustry = () => useRefreshingMutation(saveIndustry, ['industries']);
