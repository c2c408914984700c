export const LEAD_SOURCES = [
  'REFERRAL',
  'AGENCY',
  'EXPO',
  'ONLINE',
  'SUPERIOR',
  'REINVESTMENT',
  'VISIT',
  'OTHER',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_STATUSES = ['OPEN', 'CONVERTED', 'DROPPED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
/** The four response clocks, in the order their steps must be recorded. */
export const CLOCK_KINDS = ['RESPOND', 'ASSESS', 'FEEDBACK', 'PROGRESS'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
export const ASSESSMENT_RESULTS = ['PURSUE', 'DECLINE'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];
export type HistoryKind = 'RECEIVED' | ClockKind | 'CONVERTED' | 'DROPPED';

export interface LeadClock {
  kind: ClockKind;
  /** YYYY-MM-DD */
  dueOn: string;
  doneOn: string | null;
  overdue: boolean;
  daysOverdue: number;
}

export interface LeadListItem {
  id: number;
  title: string;
  source: LeadSource;
  sourceDetail: string | null;
  receivedOn: string;
  receivedBy: string;
  enterpriseId: number | null;
  enterpriseName: string | null;
  industryId: number | null;
  industryName: string | null;
  /** 10k CNY */
  estimatedInvestment: number | null;
  status: LeadStatus;
  overdue: boolean;
  clocks: LeadClock[];
  nextDue: { kind: ClockKind; dueOn: string } | null;
  projectId: number | null;
  projectName: string | null;
  unitId: number;
  unitName: string;
  version: number;
}

export interface LeadHistoryEntry {
  id: number;
  kind: HistoryKind;
  onDate: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface Lead extends LeadListItem {
  description: string | null;
  assessment: string | null;
  assessmentResult: AssessmentResult | null;
  outcomeNote: string | null;
  tripId: number | null;
  tripTitle: string | null;
  eventId: number | null;
  eventName: string | null;
  canEdit: boolean;
  /** Oldest first. */
  history: LeadHistoryEntry[];
}

export interface NewEnterprise {
  name: string;
  creditCode?: string | null;
}

export interface LeadInput {
  title: string;
  source: LeadSource;
  sourceDetail?: string | null;
  receivedOn: string;
  enterpriseId?: number | null;
  /** Create only: a firm not yet in the library. */
  newEnterprise?: NewEnterprise;
  industryId?: number | null;
  estimatedInvestment?: number | null;
  description?: string | null;
  tripId?: number | null;
  eventId?: number | null;
}

export interface LeadStepInput {
  kind: ClockKind;
  onDate: string;
  note: string;
  assessmentResult?: AssessmentResult;
}

export interface ConvertInput {
  projectName: string;
  stage: 'LEAD' | 'NEGOTIATING';
  effectiveDate: string;
  pool?: string | null;
  totalInvestment?: number | null;
}

export interface Converted {
  leadId: number;
  projectId: number;
}

export interface DropInput {
  onDate: string;
  note: string;
}

export interface ClockRules {
  respondDays: number;
  assessDays: number;
  feedbackDays: number;
  progressEveryDays: number;
  /** Count Monday to Friday only. */
  workingDays: boolean;
  version: number;
}

export type ClockRulesInput = Omit<ClockRules, 'version'>;

export interface LeadFilter {
  q?: string;
  status?: LeadStatus;
  source?: LeadSource;
  overdue?: boolean;
  from?: string;
  to?: string;
  sort?: string;
  page: number;
  size: number;
}
