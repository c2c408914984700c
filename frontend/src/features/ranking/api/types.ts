/** The ranking's wire types: money and percentages arrive as JSON numbers with exact scale (never computed on here). */
import type { Schemas } from '../../../types/api';

export type Metric = Schemas['Metric'];
export const METRICS = ['SIGNED', 'LANDED', 'FUNDS', 'FOREIGN_USD'] as const satisfies readonly Metric[];
/** Each metric's id in the catalogue of figures (docs/figures.md; io.attract.ranking.Metric#figure). */
export const METRIC_FIGURES: Record<Metric, string> = {
  SIGNED: 'signed_projects',
  LANDED: 'new_landed',
  FUNDS: 'funds',
  FOREIGN_USD: 'foreign_usd',
};
export type RankingMethod = Schemas['RankingMethod'];

export type MetricResult = Schemas['MetricResult'];
export type UnitRanking = Schemas['UnitRanking'];
export type RankingRule = Schemas['RankingRuleView'];
export type RankingRuleInput = Schemas['RankingRuleRequest'];
export type Ranking = Schemas['RankingView'];

export interface RankingQuery {
  year?: number;
  asOf?: string;
}

/**
 * Targets by metric, null where none is set. A map's null values are more than the schema can say, so `targets` is
 * written here (ADR 0024, a documented exception).
 */
type MetricTargets = Partial<Record<Metric, number | null>>;
export type UnitTargets = Omit<Schemas['UnitTargets'], 'targets'> & { targets: MetricTargets };
export type TargetGrid = Omit<Schemas['TargetGrid'], 'units'> & { units: UnitTargets[] };
/** The grid as the page sends it: every unit with at least one target. */
export interface TargetGridInput {
  units: (Omit<Schemas['UnitTargetsRequest'], 'unitId' | 'targets'> & { unitId: number; targets: MetricTargets })[];
}
