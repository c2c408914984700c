import type { QueryOf, Schemas } from '../../../types/api';

/** The project's wire types: the server's OpenAPI schemas (ADR 0024); the lists below order their values for the UI. */
export type Stage = Schemas['ProjectStage'];
export const FUNNEL_STAGES = [
  'LEAD',
  'NEGOTIATING',
  'SIGNED',
  'REGISTERED',
  'CONSTRUCTION',
  'OPERATING',
] as const satisfies readonly Stage[];
export const STAGES = [...FUNNEL_STAGES, 'ON_HOLD', 'TERMINATED'] as const satisfies readonly Stage[];
export const INITIAL_STAGES: Stage[] = ['LEAD', 'NEGOTIATING'];
export type Pool = Schemas['ProjectPool'];
export const POOLS = ['PLANNING', 'PROMOTION', 'IMPLEMENTATION'] as const satisfies readonly Pool[];
export type AgreementType = Schemas['AgreementType'];
export const AGREEMENT_TYPES = ['INTENT', 'FRAMEWORK', 'FORMAL'] as const satisfies readonly AgreementType[];
export type OriginTier = Schemas['OriginTier'];
export const ORIGIN_TIERS = [
  'OVERSEAS',
  'OUT_OF_PROVINCE',
  'OUT_OF_CITY',
  'OUT_OF_DISTRICT',
  'LOCAL',
] as const satisfies readonly OriginTier[];
export type WorklogKind = Schemas['WorklogKind'];
export const WORKLOG_KINDS = [
  'PROGRESS',
  'PROBLEM',
  'COORDINATION',
  'NEXT_STEP',
] as const satisfies readonly WorklogKind[];
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

export type Stalled = Schemas['Stalled'];
export type ProjectListItem = Schemas['ProjectListItem'];
export type BoardColumn = Schemas['BoardColumn'];
export type Board = Schemas['Board'];
export type Investor = Schemas['Investor'];
export type Milestones = Schemas['Milestones'];
export type Project = Schemas['ProjectView'];
/** An event where the project was signed; `credited` on the first one only. */
export type ProjectEventRef = Schemas['Event'];
export type ProjectInput = Schemas['ProjectRequest'];
export type Transition = Schemas['TransitionView'];
export type TransitionInput = Schemas['TransitionRequest'];
export type Fund = Schemas['FundView'];
export type FundStatus = Fund['status'];
export type FundTotals = Schemas['FundTotals'];
export type Funds = Schemas['Funds'];
export type FundInput = Schemas['FundRequest'];
export type WorklogEntry = Schemas['WorklogView'];
export type WorklogInput = Schemas['WorklogRequest'];

/**
 * `pendingConfirmation`: projects with a stage change or a fund waiting for the unit head; `sponsoredByMe`: the projects
 * whose sponsor leader is the caller.
 */
export type ProjectFilter = Pick<
  QueryOf<'/api/projects'>,
  'q' | 'pool' | 'unitId' | 'industryId' | 'zoneId' | 'keyProject' | 'stalled' | 'pendingConfirmation' | 'sponsoredByMe'
> & {
  /** Sent as `stage`, once for each. */
  stages: Stage[];
};

/** My sponsored projects in figures: each what the list shows with `sponsoredByMe` and the same toggle. */
export type SponsoredSummary = Schemas['Sponsored'];

export interface ProjectListFilter extends ProjectFilter {
  page: number;
  size: number;
  sort: string;
}

export type StallRuleKind = Schemas['StallRuleKind'];
export const STALL_RULE_KINDS = ['NO_WORKLOG', 'STUCK'] as const satisfies readonly StallRuleKind[];

/** When a project counts as stalled: no work log, or stuck in `stage`, for `days` days. */
export type StallRule = Schemas['StallRuleView'];
export type StallRuleInput = Schemas['StallRuleRequest'];

/** New, upgrade, capital increase: an upgrade or a capital increase counts only its increment. */
export type InvestmentKind = Schemas['InvestmentKind'];
export const INVESTMENT_KINDS = ['NEW', 'UPGRADE', 'CAPITAL_INCREASE'] as const satisfies readonly InvestmentKind[];
