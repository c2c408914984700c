/** The ranking's wire types: money and percentages arrive as JSON numbers with exact scale (never computed on here). */

export const METRICS = ['SIGNED', 'LANDED', 'FUNDS', 'FOREIGN_USD'] as const;
export type Metric = (typeof METRICS)[number];
/** Each metric's id in the catalogue of figures (docs/figures.md; io.attract.ranking.Metric#figure). */
export const METRIC_FIGURES: Record<Metric, string> = {
  SIGNED: 'signed_projects',
  LANDED: 'new_landed',
  FUNDS: 'funds',
  FOREIGN_USD: 'foreign_usd',
};
export type RankingMethod = 'COMPLETION' | 'EFFICACY';

export interface MetricResult {
  metric: Metric;
  actual: number;
  target: number | null;
  /** actual ÷ annual target, %; null when the unit has no (or a zero) target for the metric. */
  completionPercent: number | null;
  /** completion − time progress, percentage points (positive: ahead). */
  aheadPoints: number | null;
  /** actual ÷ (target × N/12), %. */
  pacePercent: number | null;
  /** The metric's score before weighting; null when not assessed. */
  score: number | null;
}

export interface UnitRanking {
  unitId: number;
  unitCode: string;
  unitName: string;
  rank: number | null;
  score: number | null;
  metrics: MetricResult[];
}

export interface RankingRule {
  year: number;
  method: RankingMethod;
  capPercent: number;
  weights: Record<Metric, number>;
  configured: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type RankingRuleInput = Pick<RankingRule, 'method' | 'capPercent' | 'weights'>;

export interface Ranking {
  year: number;
  asOf: string;
  month: number;
  timeProgressPercent: number;
  rule: RankingRule;
  units: UnitRanking[];
}

export interface RankingQuery {
  year?: number;
  asOf?: string;
}

export interface UnitTargets {
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: 'STREET' | 'DEPARTMENT' | 'PARK';
  targets: Record<Metric, number | null>;
}

export interface TargetGrid {
  year: number;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  metrics: Metric[];
  units: UnitTargets[];
  totals: Partial<Record<Metric, number>>;
}

export interface TargetGridInput {
  units: { unitId: number; targets: Partial<Record<Metric, number | null>> }[];
}
