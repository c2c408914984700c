import { api } from '../../../lib/api-client';
import type { Lead, LeadStepInput } from './types';
import { useLeadAction } from './use-lead-action';

export const recordStep = ({ id, input }: { id: number; input: LeadStepInput }) =>
  api<Lead>(`/api/leads/${id}/steps`, { method: 'POST', body: input });

export const useRecordStep = () => useLeadAction(recordStep);
