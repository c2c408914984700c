import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';
import type { Park, ParkInput, Zone, ZoneInput } from './types';

/** Zones (axis, belts, clusters) and parks: the district's layout, edited by admins. */
export const saveZone = (args: SaveArgs<ZoneInput>) => saveRecord<Zone>('/api/zones', args);
export const savePark = (args: SaveArgs<ParkInput>) => saveRecord<Park>('/api/parks', args);

export const useSaveZone = () => useRefreshingMutation(saveZone, ['zones']);

export const useSavePark = () => useRefreshingMutation(savePark, ['parks']);
