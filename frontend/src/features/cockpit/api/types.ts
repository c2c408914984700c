/** GET /api/cockpit, as io.attract.cockpit.CockpitView sends it. Money is in 10k CNY or 10k USD (the ledgers' units). */

export type Stage =
  'LEAD' | 'NEGOTIATING' | 'SIGNED' | 'REGISTERED' | 'CONSTRUCTION' | 'OPERATING' | 'ON_HOLD' | 'TERMINATED';

/** New negotiating / signed / landed: each project once, at the furthest of those stages first reached in the period. */
export interface NewProjects {
  negotiating: number;
  signed: number;
  landed: number;
  total: number;
}

export interface ProjectCounts {
  newThisYear: NewProjects;
  newSamePeriodLastYear: NewProjects;
  newThisMonth: NewProjects;
  /** The stage each project was in at asOf. */
  byStage: Partial<Record<Stage, number>>;
}

/** This month, year to date, and the same period last year. */
export interface Money {
  month: number;
  yearToDate: number;
  yearToDateLastYear: number;
}

export interface FunnelStage {
  stage: Stage;
  reached: number;
  /** Percent of the previous stage; null for the first stage or when the previous one is empty. */
  conversionFromPrevious: number | null;
  averageDaysFromPrevious: number | null;
}

export interface Breakdown {
  /** null: projects without an industry, zone or unit. */
  id: number | null;
  name: string | null;
  newProjects: number;
  signedOrLanded: number;
  totalInvestment: number;
  fundsYearToDate: number;
}

export interface MonthFigures {
  /** 1..12 */
  month: number;
  newProjects: NewProjects;
  newProjectsLastYear: NewProjects;
  funds: number;
  fundsLastYear: number;
  foreignUsd: number;
}

export interface StalledProject {
  id: number;
  code: string;
  name: string;
  stage: Stage;
  unitId: number;
  unitName: string;
  stalled: { ruleId: number; code: string; days: number; message: string } | null;
}

export interface KeyProject {
  id: number;
  code: string;
  name: string;
  stage: Stage;
  unitName: string;
  sponsorLeader: string | null;
  totalInvestment: number | null;
  fundsYearToDate: number | null;
}

export interface PendingChanges {
  stageChanges: number;
  funds: number;
}

export interface Cockpit {
  /** YYYY-MM-DD, the last day counted. */
  asOf: string;
  year: number;
  unitId: number | null;
  projects: ProjectCounts;
  /** Newly signed projects (landed ones included): first signed (or, skipping it, a later stage) in the period — the targets' count. */
  signedProjects?: { month: number; yearToDate: number; yearToDateLastYear: number };
  /** 10k CNY, of this year's new projects. */
  totalInvestment: number;
  fundsArrived: Money;
  /** 10k USD */
  foreignUsedUsd: Money;
  /** Leader-led outreach trips starting 1 Jan..asOf; null from a server without trips. */
  trips: number | null;
  /** All outreach trips starting 1 Jan..asOf. */
  tripsTotal?: number | null;
  /** Investment events held 1 Jan..asOf. */
  events: number | null;
  /** Projects credited to those events (each to the first event where it was signed). */
  eventSignedProjects?: number | null;
  funnel: { stages: FunnelStage[] };
  byIndustry: Breakdown[];
  byZone: Breakdown[];
  byUnit: Breakdown[];
  monthly: MonthFigures[];
  /** When the data read was current: the read replica's replay time, or when the primary was read (ISO instant). */
  dataAsOf?: string | null;
  stalled: StalledProject[];
  keyProjects: KeyProject[];
  /** Pending confirmation in the cockpit's scope: recorded, not yet confirmed, in no figure. */
  pending?: PendingChanges;
}

export interface CockpitQuery {
  /** YYYY-MM-DD; absent: today (Beijing), as the server decides. */
  asOf?: string;
  /** Absent: the whole district. */
  unitId?: number;
}

/** What the cockpit reads of a work-log entry (io.attract.project.WorklogView sends more). */
export interface CoordinationEntry {
  id: number;
  /** The day the request was logged (YYYY-MM-DD): how long it has waited counts from here. */
  loggedOn: string;
  content: string;
  recordedBy: string;
}

/** An open coordination request escalated to the leaders, with its project (ProjectWorklog.OpenRequest). */
export interface OpenCoordination {
  entry: CoordinationEntry;
  projectId: number;
  projectCode: string;
  projectName: string;
  sponsorLeader: string | null;
  unitName: string;
}
