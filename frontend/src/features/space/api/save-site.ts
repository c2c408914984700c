import type { Site, SiteInput } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveSite = (args: SaveArgs<SiteInput>) => saveRecord<Site>('/api/sites', args);

export const useSaveSite = () => useRefreshingMutation(saveSite, ['sites']);
