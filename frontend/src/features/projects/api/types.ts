export const FUNNEL_STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'CONSTRUCTION', 'OPERATING'] as const;
export const STAGES = [...FUNNEL_STAGES, 'ON_HOLD', 'TERMINATED'] as const;
export type Stage = (typeof STAGES)[number];
export const INITIAL_STAGES: Stage[] = ['LEAD', 'NEGOTIATING'];
export const POOLS = ['PLANNING', 'PROMOTION', 'IMPLEMENTATION'] as const;
export type Pool = (typeof POOLS)[number];
export const AGREEMENT_TYPES = ['INTENT', 'FRAMEWORK', 'FORMAL'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export const ORIGIN_TIERS = ['OVERSEAS', 'OUT_OF_PROVINCE', 'OUT_OF_CITY', 'OUT_OF_DISTRICT', 'LOCAL'] as const;
export type OriginTier = (typeof ORIGIN_TIERS)[number];
export const WORKLOG_KINDS = ['PROGRESS', 'PROBLEM', 'COORDINATION', 'NEXT_STEP'] as const;
export type WorklogKind = (typeof WORKLOG_KINDS)[number];
/** Stable codes for the attraction method; the labels live in the catalogues. */
export const ATTRACTION_METHODS = [
  'BUSINESS_NETWORK',
  'CHAIN',
  'SPACE',
  'PROJECT',
  'REINVESTMENT',
  'AGENCY_FUND',
  'EXPO',
] as const;
export type AttractionMethod = (typeof ATTRACTION_METHODS)[number];

export interface Stalled {
  ruleId: number;
  code: 'NO_WORKLOG' | 'STUCK';
  days: number;
  message: string;
}

export interface ProjectListItem {
  id: number;
  code: string;
  name: string;
  stage: Stage;
  pool: Pool;
  keyProject: boolean;
  unitId: number;
  unitName: string;
  ownerUsername: string | null;
  sponsorLeader: string | null;
  industryId: number | null;
  industryName: string | null;
  zoneId: number | null;
  zoneName: string | null;
  investorNames: string[];
  totalInvestment: number | null;
  stageSince: string;
  pendingConfirmation: boolean;
  stalled: Stalled | null;
  version: number;
}

export interface BoardColumn {
  stage: Stage;
  total: number;
  items: ProjectListItem[];
}

export interface Board {
  columns: BoardColumn[];
}

export interface Investor {
  id: number;
  name: string;
  creditCode: string | null;
  regionCode: string | null;
  countryCode: string | null;
}

export interface Milestones {
  negotiatingOn: string | null;
  signedOn: string | null;
  registeredOn: string | null;
  constructionOn: string | null;
  operatingOn: string | null;
}

export interface Project {
  id: number;
  code: string;
  name: string;
  stage: Stage;
  stageSince: string;
  /** Not in the written contract; the server sends the stage a project was held in while ON_HOLD. */
  heldStage?: Stage | null;
  pool: Pool;
  keyProject: boolean;
  investors: Investor[];
  investorEnterpriseIds: number[];
  originTier: OriginTier | null;
  originTierComputed: boolean;
  industryId: number | null;
  industryName: string | null;
  industryCode: string | null;
  zoneId: number | null;
  zoneName: string | null;
  parkId: number | null;
  parkName: string | null;
  siteId: number | null;
  siteName: string | null;
  street: string | null;
  constructionContent: string | null;
  attractionMethod: string | null;
  source: string | null;
  totalInvestment: number | null;
  fixedAssetInvestment: number | null;
  contractForeignUsd: number | null;
  investmentKind: InvestmentKind;
  baseProjectId: number | null;
  /** Null when the caller may not read the project it builds on. */
  baseProjectName: string | null;
  incrementInvestment: number | null;
  /** What the cockpit and reports count: the total of a new project, the increment of an upgrade. */
  countedInvestment: number | null;
  unitId: number;
  unitName: string;
  ownerUsername: string | null;
  sponsorLeader: string | null;
  /** The sponsor leader as a user, when the name is a user's. */
  sponsorUsername: string | null;
  plan: string | null;
  agreementType: AgreementType | null;
  milestones: Milestones;
  stalled: Stalled | null;
  canEdit: boolean;
  canConfirm: boolean;
  createdAt: string;
  updatedAt: string;
  /** The lead it was converted from or linked to. */
  leadId: number | null;
  leadTitle: string | null;
  /** The outreach trip it came from. */
  tripId: number | null;
  tripTitle: string | null;
  /** Events where it was signed; `credited` on the first one only. */
  events: ProjectEventRef[];
  version: number;
}

export interface ProjectEventRef {
  id: number;
  name: string;
  heldOn: string;
  credited: boolean;
}

export interface ProjectInput {
  code?: string | null;
  name: string;
  pool: Pool;
  keyProject: boolean;
  investorEnterpriseIds: number[];
  originTier?: OriginTier | null;
  industryId?: number | null;
  industryCode?: string | null;
  zoneId?: number | null;
  parkId?: number | null;
  siteId?: number | null;
  street?: string | null;
  constructionContent?: string | null;
  attractionMethod?: string | null;
  source?: string | null;
  totalInvestment?: number | null;
  fixedAssetInvestment?: number | null;
  contractForeignUsd?: number | null;
  ownerUsername?: string | null;
  sponsorLeader?: string | null;
  /** Picked among the users with the leader role; then the name is theirs. */
  sponsorUsername?: string | null;
  plan?: string | null;
  leadId?: number | null;
  tripId?: number | null;
  investmentKind?: InvestmentKind;
  baseProjectId?: number | null;
  incrementInvestment?: number | null;
  /** Create only. */
  stage?: Stage;
  effectiveDate?: string;
}

/** My sponsored projects in figures: each what the list shows with `sponsoredByMe` and the same toggle. */
export interface SponsoredSummary {
  projects: number;
  stalled: number;
  pendingConfirmation: number;
}

export interface Transition {
  id: number;
  fromStage: Stage | null;
  toStage: Stage;
  effectiveDate: string;
  recordedAt: string;
  recordedBy: string;
  note: string | null;
  agreementType: AgreementType | null;
  correction: boolean;
  reverted: boolean;
  confirmedAt: string | null;
  confirmedBy: string | null;
}

export interface TransitionInput {
  toStage: Stage;
  effectiveDate: string;
  note?: string;
  agreementType?: AgreementType;
  correction?: boolean;
}

export interface Fund {
  id: number;
  arrivedOn: string;
  amount: number;
  foreignUsd: number | null;
  originTier: OriginTier | null;
  evidence: string;
  recordedBy: string;
  recordedAt: string;
  /** Confirmation: a pending or returned arrival does not count in any figure. */
  status?: FundStatus;
  returnReason?: string | null;
  version: number;
}

export type FundStatus = 'CONFIRMED' | 'PENDING' | 'RETURNED';

export interface FundTotals {
  asOf: string;
  month: number;
  yearToDate: number;
  allTime: number;
  foreignUsdMonth: number;
  foreignUsdYearToDate: number;
  foreignUsdAllTime: number;
}

export interface Funds {
  items: Fund[];
  totals: FundTotals;
}

export interface FundInput {
  arrivedOn: string;
  amount: number;
  foreignUsd?: number | null;
  originTier?: OriginTier | null;
  evidence: string;
}

export interface WorklogEntry {
  id: number;
  loggedOn: string;
  kind: WorklogKind;
  content: string;
  recordedBy: string;
  recordedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
  version: number;
}

export interface WorklogInput {
  loggedOn: string;
  kind: WorklogKind;
  content: string;
}

export interface ProjectFilter {
  q?: string;
  stages: Stage[];
  pool?: Pool;
  unitId?: number;
  industryId?: number;
  zoneId?: number;
  keyProject?: boolean;
  stalled?: boolean;
  /** Projects with a stage change or a fund waiting for the unit head. */
  pendingConfirmation?: boolean;
  /** My sponsored projects: the projects whose sponsor leader is the caller (`sponsoredByMe=true`). */
  sponsoredByMe?: boolean;
}

export interface ProjectListFilter extends ProjectFilter {
  page: number;
  size: number;
  sort: string;
}

export const STALL_RULE_KINDS = ['NO_WORKLOG', 'STUCK'] as const;
export type StallRuleKind = (typeof STALL_RULE_KINDS)[number];

/** When a project counts as stalled: no work log, or stuck in `stage`, for `days` days. */
export interface StallRule {
  id: number;
  stage: string;
  kind: StallRuleKind;
  days: number;
  enabled: boolean;
  version: number;
}

export interface StallRuleInput {
  days: number;
  enabled: boolean;
}

/** New, upgrade, capital increase: an upgrade or a capital increase counts only its increment. */
export const INVESTMENT_KINDS = ['NEW', 'UPGRADE', 'CAPITAL_INCREASE'] as const;
export type InvestmentKind = (typeof INVESTMENT_KINDS)[number];
