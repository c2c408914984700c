import type { MetricResult, Ranking, RankingRule, TargetGrid } from './api/types';

const metric = (
  m: MetricResult['metric'],
  actual: number,
  target: number | null,
  completion: number | null,
  ahead: number | null,
): MetricResult => ({
  metric: m,
  actual,
  target,
  completionPercent: completion,
  aheadPoints: ahead,
  pacePercent: null,
  score: null,
});

export const RULE: RankingRule = {
  year: 2026,
  method: 'COMPLETION',
  capPercent: 120,
  weights: { SIGNED: 25, LANDED: 25, FUNDS: 30, FOREIGN_USD: 20 },
  configured: true,
  version: 3,
  updatedAt: '2026-01-15T01:00:00Z',
  updatedBy: 'admin',
};

/** June: time progress 50%. Unit 1 ahead on signings, unit 2 behind on funds, unit 3 without targets. */
export const RANKING: Ranking = {
  year: 2026,
  asOf: '2026-06-30',
  month: 6,
  timeProgressPercent: 50,
  rule: RULE,
  units: [
    {
      unitId: 1,
      unitCode: 'wuyingshan',
      unitName: 'Wuyingshan',
      rank: 1,
      score: 104.5,
      metrics: [
        metric('SIGNED', 7, 12, 58.33, 8.33),
        metric('LANDED', 2, 4, 50, 0),
        metric('FUNDS', 60000.25, 100000, 60, 10),
        metric('FOREIGN_USD', 0, null, null, null),
      ],
    },
    {
      unitId: 2,
      unitCode: 'luokou',
      unitName: 'Luokou',
      rank: 2,
      score: 71.25,
      metrics: [
        metric('SIGNED', 3, 10, 30, -20),
        metric('LANDED', 1, 4, 25, -25),
        metric('FUNDS', 12000, 80000, 15, -35),
        metric('FOREIGN_USD', 12.5, 50, 25, -25),
      ],
    },
    { unitId: 3, unitCode: 'beicun', unitName: 'Beicun', rank: null, score: null, metrics: [] },
  ],
};

export const GRID: TargetGrid = {
  year: 2026,
  version: 2,
  updatedAt: '2026-01-15T01:00:00Z',
  updatedBy: 'admin',
  metrics: ['SIGNED', 'LANDED', 'FUNDS', 'FOREIGN_USD'],
  units: [
    {
      unitId: 1,
      unitCode: 'wuyingshan',
      unitName: 'Wuyingshan',
      unitKind: 'STREET',
      targets: { SIGNED: 12, LANDED: 4, FUNDS: 100000, FOREIGN_USD: null },
    },
    {
      unitId: 2,
      unitCode: 'luokou',
      unitName: 'Luokou',
      unitKind: 'STREET',
      targets: { SIGNED: null, LANDED: null, FUNDS: null, FOREIGN_USD: null },
    },
  ],
  totals: { SIGNED: 12, LANDED: 4, FUNDS: 100000 },
};
