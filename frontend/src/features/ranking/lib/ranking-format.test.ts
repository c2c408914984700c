import { describe, expect, it } from 'vitest';
import type { UnitRanking, UnitTargets } from '../api/types';
import {
  cellOfViolation,
  formatPercent,
  formatPoints,
  gridInput,
  paceOf,
  readRankingParams,
  scoreChartOption,
  weightSum,
} from './ranking-format';

const unit = (unitId: number, score: number | null, rank: number | null): UnitRanking => ({
  unitId,
  unitCode: `u${unitId}`,
  unitName: `Unit ${unitId}`,
  rank,
  score,
  metrics: [],
});

describe('ranking helpers', () => {
  it('reads year and as-of from the URL, the date deciding the year', () => {
    expect(readRankingParams(new URLSearchParams('year=2025'))).toEqual({ year: 2025, asOf: undefined });
    expect(readRankingParams(new URLSearchParams('year=2025&asOf=2026-06-30'))).toEqual({
      year: 2026,
      asOf: '2026-06-30',
    });
    expect(readRankingParams(new URLSearchParams('year=20x5&asOf=June'))).toEqual({ year: undefined, asOf: undefined });
  });

  it('says ahead, behind or on pace from the points', () => {
    expect(paceOf(8.33)).toBe('ahead');
    expect(paceOf(-0.01)).toBe('behind');
    expect(paceOf(0)).toBe('onPace');
    expect(paceOf(null)).toBeNull();
    expect(formatPoints(-25.5, 'zh-CN')).toBe('25.5');
  });

  it('formats percentages and blanks', () => {
    expect(formatPercent(91.67, 'zh-CN')).toBe('91.67%');
    expect(formatPercent(50, 'en')).toBe('50.0%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('sums weights without float drift', () => {
    expect(weightSum({ SIGNED: 33.33, LANDED: 33.33, FUNDS: 33.34, FOREIGN_USD: 0 })).toBe(100);
    expect(weightSum({ SIGNED: 0.1, LANDED: 0.2 })).toBe(0.3);
  });

  it('charts only ranked units, best at the top', () => {
    const option = scoreChartOption([unit(2, 98.5, 1), unit(1, 60, 2), unit(3, null, null)], 'score');
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual(['Unit 2', 'Unit 1']);
    expect((option.yAxis as { inverse: boolean }).inverse).toBe(true);
    expect((option.series as { data: number[] }[])[0].data).toEqual([98.5, 60]);
  });

  it('sends every unit that has a target after the edits, and maps field errors back to cells', () => {
    const units: UnitTargets[] = [
      {
        unitId: 1,
        unitCode: 'a',
        unitName: 'A',
        unitKind: 'STREET',
        targets: { SIGNED: 5, LANDED: null, FUNDS: null, FOREIGN_USD: null },
      },
      {
        unitId: 2,
        unitCode: 'b',
        unitName: 'B',
        unitKind: 'STREET',
        targets: { SIGNED: null, LANDED: null, FUNDS: null, FOREIGN_USD: null },
      },
      {
        unitId: 3,
        unitCode: 'c',
        unitName: 'C',
        unitKind: 'PARK',
        targets: { SIGNED: 1, LANDED: null, FUNDS: null, FOREIGN_USD: null },
      },
    ];
    const sent = gridInput(units, { 2: { FUNDS: 1200.5 }, 3: { SIGNED: null } });
    expect(sent).toEqual({
      units: [
        { unitId: 1, targets: { SIGNED: 5 } },
        { unitId: 2, targets: { FUNDS: 1200.5 } },
      ],
    });
    expect(cellOfViolation('units[1].targets.FUNDS', sent)).toEqual({ unitId: 2, metric: 'FUNDS' });
    expect(cellOfViolation('units', sent)).toBeNull();
  });
});
