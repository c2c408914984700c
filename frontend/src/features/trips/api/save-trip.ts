import type { Trip, TripInput } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveTrip = (args: SaveArgs<TripInput>) => saveRecord<Trip>('/api/trips', args);

export const useSaveTrip = () => useRefreshingMutation(saveTrip, ['trips']);
