import type { Metric } from '../../ranking/api/types';
/** The figures of one month's report, for the district, a unit or an industry. */
export interface ReportFigures {
  newMonth: number;
  negotiatingMonth: number;
  signedMonth: number;
  landedMonth: number;
  newYear: number;
  negotiatingYear: number;
  signedYear: number;
  landedYear: number;
  totalInvestmentNewYear: number;
  fundsMonth: number;
  fundsYearToDate: number;
  foreignUsdMonth: number;
  foreignUsdYearToDate: number;
}

export interface ReportGroup {
  id: number;
  name: string;
  figures: ReportFigures;
}

export type AdjustmentKind = 'TRANSITION' | 'FUND';

/** A change recorded after the month was closed that touches the month's figures. */
export interface ReportAdjustment {
  kind: AdjustmentKind;
  projectId: number;
  projectCode: string;
  projectName: string;
  businessDate: string;
  recordedAt: string;
  /** The login; {@link recordedByName} is what people read. */
  recordedBy: string;
  recordedByName?: string | null;
  detail: string;
  note: string | null;
}

export interface Publication {
  status: 'OPEN' | 'CLOSED';
  closedAt: string | null;
  /** The login; {@link closedByName} is what people read. */
  closedBy: string | null;
  closedByName?: string | null;
  /** Today's figures for a closed month; null when the month is open. */
  liveSummary: ReportFigures | null;
  adjustments: ReportAdjustment[];
}

export interface MonthlyReport {
  month: string;
  from: string;
  to: string;
  summary: ReportFigures;
  newYoyPercent: number | null;
  fundsYoyPercent: number | null;
  foreignUsdYoyPercent: number | null;
  newLastYear: number | null;
  fundsLastYear: number | null;
  foreignUsdLastYear: number | null;
  byUnit: ReportGroup[];
  byIndustry: ReportGroup[];
  projects: unknown[];
  publication: Publication;
  /** Progress against targets of the district; null when no unit has targets for the year (or a snapshot predates targets). */
  targets?: ReportTargets | null;
  /** Set when the project lines (ledger, adjustments) are one unit's only (a unit head's copy); null when they are the district's. */
  ledgerScope?: LedgerScope | null;
  /** The catalogue id (docs/figures.md) of each figure by the field that carries it (summary, groups, targets). */
  figureIds?: Partial<Record<string, string>>;
  /** When the data read was current: the read replica's replay time, or the moment of reading on the primary (ADR 0019). */
  dataAsOf?: string | null;
}

/** Whose projects a unit head's copy lists: their unit; both null when they have none (and no projects are listed). */
export interface LedgerScope {
  unitId: number | null;
  unitName: string | null;
}

export interface ReportTargets {
  month: number;
  timeProgressPercent: number;
  lines: {
    metric: Metric;
    target: number | null;
    actual: number;
    completionPercent: number | null;
    aheadPoints: number | null;
    /** The metric's catalogue id (docs/figures.md). */
    figure?: string;
  }[];
}
