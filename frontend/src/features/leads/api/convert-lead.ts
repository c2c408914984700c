import { api } from '../../../lib/api-client';
import type { ConvertInput, Converted } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export const convertLead = ({ id, input }: { id: number; input: ConvertInput }) =>
  api<Converted>(`/api/leads/${id}/convert`, { method: 'POST', body: input });

export const useConvertLead = () => useRefreshingMutation(convertLead, ['leads'], ['projects']);
