import { api } from '../../../lib/api-client';
import type { DropInput, Lead } from './types';
import { useLeadAction } from './use-lead-action';

export const dropLead = ({ id, input }: { id: number; input: DropInput }) =>
  api<Lead>(`/api/leads/${id}/drop`, { method: 'POST', body: input });

export const useDropLead = () => useLeadAction(dropLead);
