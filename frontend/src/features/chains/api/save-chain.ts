import type { ChainInput, ChainSummary } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveChain = (args: SaveArgs<ChainInput>) => saveRecord<ChainSummary>('/api/chains', args);

export const useSaveChain = () => useRefreshingMutation(saveChain, ['chains']);
