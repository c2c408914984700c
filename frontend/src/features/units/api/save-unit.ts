import type { Unit, UnitInput } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveUnit = (args: SaveArgs<UnitInput>) => saveRecord<Unit>('/api/units', args);

export const useSaveUnit = () => useRefreshingMutation(saveUnit, ['units']);
