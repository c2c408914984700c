import type { ListFilter, Schemas } from '../../../types/api';

export type LeadSource = Schemas['LeadSource'];
export const LEAD_SOURCES = [
  'REFERRAL',
  'AGENCY',
  'EXPO',
  'ONLINE',
  'SUPERIOR',
  'REINVESTMENT',
  'VISIT',
  'OTHER',
] as const satisfies readonly LeadSource[];
export type LeadStatus = Schemas['LeadStatus'];
export const LEAD_STATUSES = ['OPEN', 'CONVERTED', 'DROPPED'] as const satisfies readonly LeadStatus[];
/** The four response clocks, in the order their steps must be recorded. */
export type ClockKind = Schemas['ClockKind'];
export const CLOCK_KINDS = ['RESPOND', 'ASSESS', 'FEEDBACK', 'PROGRESS'] as const satisfies readonly ClockKind[];
export type AssessmentResult = Schemas['AssessmentResult'];
export const ASSESSMENT_RESULTS = ['PURSUE', 'DECLINE'] as const satisfies readonly AssessmentResult[];
export type HistoryKind = Schemas['LeadStepKind'];

export type LeadClock = Schemas['Clock'];
export type LeadListItem = Schemas['LeadListItem'];
export type LeadHistoryEntry = Schemas['Step'];
export type Lead = Schemas['LeadView'];
export type NewEnterprise = Schemas['NewEnterprise'];
export type LeadInput = Schemas['LeadRequest'];
export type LeadStepInput = Schemas['StepRequest'];
export type ConvertInput = Schemas['ConvertRequest'];
export type Converted = Schemas['Converted'];
export type DropInput = Schemas['DropRequest'];
export type ClockRules = Schemas['ClockRuleView'];
/** The server takes the rules as it sends them; the version travels in If-Match. */
export type ClockRulesInput = Omit<ClockRules, 'version'>;

export type LeadFilter = ListFilter<'/api/leads', 'q' | 'status' | 'source' | 'overdue' | 'from' | 'to' | 'sort'>;
