import type { EChartsOption } from 'echarts';
import type { Metric, RankingQuery, RankingRule, UnitRanking, UnitTargets, TargetGridInput } from '../api/types';

/** Pure helpers of the ranking pages: URL state, display, the score chart, the grid sent back to the server. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** ?year=&asOf= as the page keeps them; malformed values are dropped (the server's defaults apply). */
export function readRankingParams(params: URLSearchParams): RankingQuery {
  const asOf = params.get('asOf');
  const year = params.get('year');
  const validAsOf = asOf && DATE.test(asOf) ? asOf : undefined;
  const validYear = year && YEAR.test(year) ? Number(year) : undefined;
  // An as-of date decides its year.
  return { year: validAsOf ? Number(validAsOf.slice(0, 4)) : validYear, asOf: validAsOf };
}

export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return `${new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(Number(value))}%`;
}

export function formatScore(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value));
}

export type Pace = 'ahead' | 'behind' | 'onPace';

/** Ahead of time progress, behind it, or exactly on it; null when the metric has no target. */
export function paceOf(aheadPoints: number | null | undefined): Pace | null {
  if (aheadPoints === null || aheadPoints === undefined) return null;
  const points = Number(aheadPoints);
  return points > 0 ? 'ahead' : points < 0 ? 'behind' : 'onPace';
}

/** The points without their sign: the words say ahead or behind. */
export function formatPoints(aheadPoints: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(Math.abs(Number(aheadPoints)));
}

/** The sum of the weights in hundredths, so 33.33 + 33.33 + 33.34 is exactly 100. */
export function weightSum(weights: Partial<Record<Metric, number | null>>): number {
  const hundredths = Object.values(weights).reduce<number>((sum, w) => sum + Math.round(Number(w ?? 0) * 100), 0);
  return hundredths / 100;
}

export const weightsComplete = (rule: Pick<RankingRule, 'weights'>) => weightSum(rule.weights) === 100;

/** Ranked units, best first, as a horizontal bar chart of scores (best at the top). */
export function scoreChartOption(units: UnitRanking[], scoreName: string): EChartsOption {
  const ranked = units.filter((u) => u.score !== null);
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: scoreName },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((u) => u.unitName),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        name: scoreName,
        type: 'bar',
        data: ranked.map((u) => Number(u.score)),
        label: { show: true, position: 'right' },
        barMaxWidth: 18,
      },
    ],
  };
}

/** The cell values the admin typed, keyed by unit and metric; null clears a target. */
export type TargetEdits = Record<number, Partial<Record<Metric, number | null>>>;

/** The whole grid to save: every unit with at least one target after the edits. */
export function gridInput(units: UnitTargets[], edits: TargetEdits): TargetGridInput {
  const rows: TargetGridInput['units'] = [];
  for (const unit of units) {
    const targets = { ...unit.targets, ...edits[unit.unitId] };
    const set = Object.fromEntries(Object.entries(targets).filter(([, v]) => v !== null && v !== undefined));
    if (Object.keys(set).length > 0) rows.push({ unitId: unit.unitId, targets: set });
  }
  return { units: rows };
}

/** "units[3].targets.FUNDS" → the unit id and metric of that cell in the grid that was sent. */
export function cellOfViolation(field: string, sent: TargetGridInput): { unitId: number; metric: Metric } | null {
  const match = /^units\[(\d+)\]\.targets\.([A-Z_]+)$/.exec(field);
  if (!match) return null;
  const row = sent.units[Number(match[1])];
  return row ? { unitId: row.unitId, metric: match[2] as Metric } : null;
}

/** A metric with its unit, e.g. "funds (10k CNY)", as column titles show it. */
export function metricTitle(t: (key: string, options?: Record<string, string>) => string, m: Metric): string {
  return t('ranking.metricTitle', { metric: t(`ranking.metric.${m}`), unit: t(`ranking.metricUnit.${m}`) });
}
