import dayjs, { type Dayjs } from 'dayjs';
import { blankToNull, toDateString, toDecimal } from '../../../lib/format';
import type { Lead, LeadInput, LeadSource } from '../api/types';

export type EnterpriseMode = 'existing' | 'new';

/** What the lead form holds: money as text so that decimals stay exact. */
export interface LeadFormValues {
  title: string;
  enterpriseMode: EnterpriseMode;
  enterpriseId?: number;
  newName?: string;
  newCreditCode?: string;
  source: LeadSource;
  sourceDetail?: string;
  receivedOn: Dayjs;
  industryId?: number;
  estimatedInvestment?: string;
  description?: string;
  tripId?: number;
  eventId?: number;
}

const opt = <T>(value: T | null | undefined) => value ?? undefined;

export const emptyLeadValues = (): Partial<LeadFormValues> => ({ enterpriseMode: 'existing', receivedOn: dayjs() });

export function toLeadFormValues(lead: Lead): LeadFormValues {
  return {
    title: lead.title,
    enterpriseMode: 'existing',
    enterpriseId: opt(lead.enterpriseId),
    source: lead.source,
    sourceDetail: opt(lead.sourceDetail),
    receivedOn: dayjs(lead.receivedOn),
    industryId: opt(lead.industryId),
    estimatedInvestment: lead.estimatedInvestment == null ? undefined : String(lead.estimatedInvestment),
    description: opt(lead.description),
    tripId: opt(lead.tripId),
    eventId: opt(lead.eventId),
  };
}

export function toLeadInput(values: LeadFormValues, editing: boolean): LeadInput {
  const input: LeadInput = {
    title: values.title.trim(),
    source: values.source,
    sourceDetail: blankToNull(values.sourceDetail),
    receivedOn: toDateString(values.receivedOn),
    industryId: values.industryId ?? null,
    estimatedInvestment: toDecimal(values.estimatedInvestment),
    description: blankToNull(values.description),
    tripId: values.tripId ?? null,
    eventId: values.eventId ?? null,
  };
  if (!editing && values.enterpriseMode === 'new' && values.newName?.trim()) {
    return { ...input, newEnterprise: { name: values.newName.trim(), creditCode: blankToNull(values.newCreditCode) } };
  }
  return { ...input, enterpriseId: values.enterpriseId ?? null };
}

/** Where the server's field paths land in the form. */
export const leadFieldOf = (field: string) =>
  field === 'newEnterprise.name'
    ? 'newName'
    : field === 'newEnterprise.creditCode'
      ? 'newCreditCode'
      : field.replace(/\[\d+\].*$/, '');
