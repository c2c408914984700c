import type { Enterprise, EnterpriseInput } from './types';
import { saveRecord, useRefreshingMutation, type SaveArgs } from '../../../lib/mutations';

export const saveEnterprise = (args: SaveArgs<EnterpriseInput>) => saveRecord<Enterprise>('/api/enterprises', args);

export const useSaveEnterprise = () => useRefreshingMutation(saveEnterprise, ['enterprises']);
