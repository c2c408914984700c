import { api } from '../../../lib/api-client';
import type { Industry } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

/** Retire or restore an industry of the catalogue. */
export const setIndustryRetired = ({ industry, retired }: { industry: Industry; retired: boolean }) =>
  retired
    ? api<Industry>(`/api/industries/${industry.id}/retire`, { method: 'POST', body: {}, version: industry.version })
    : api<Industry>(`/api/industries/${industry.id}/restore`, { method: 'POST', version: industry.version });

export const useSetIndustryRetired = () => useRefreshingMutation(setIndustryRetired, ['industries']);
