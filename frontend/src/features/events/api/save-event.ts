import type { EventInput, InvestmentEvent } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveEvent = (args: SaveArgs<EventInput>) => saveRecord<InvestmentEvent>('/api/events', args);

export const useSaveEvent = () => useRefreshingMutation(saveEvent, ['events']);
