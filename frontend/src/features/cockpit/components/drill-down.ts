import dayjs from 'dayjs';

/** The projects list's drill-down (GET /api/projects?newStage=…&from=…&to=…, or withFunds=true). */
export type NewStage = 'NEGOTIATING' | 'SIGNED' | 'LANDED' | 'ANY';

export interface DrillTarget {
  newStage?: NewStage;
  withFunds?: boolean;
  from: string;
  to: string;
  unitId?: number | null;
  industryId?: number | null;
  zoneId?: number | null;
}

export interface Period {
  from: string;
  to: string;
}

const DAY = 'YYYY-MM-DD';

/** 1 January of asOf's year to asOf. */
export const yearToDate = (asOf: string): Period => ({ from: `${asOf.slice(0, 4)}-01-01`, to: asOf });

/** The 1st of asOf's month to asOf. */
export const monthToDate = (asOf: string): Period => ({ from: `${asOf.slice(0, 7)}-01`, to: asOf });

/**
 * One month of the chart: of asOf's year, or the year before (year on year); cut at asOf (or a year before it)
 * so the drill-down counts what the chart counted.
 */
export function monthPeriod(asOf: string, month: number, lastYear = false): Period {
  const end = lastYear ? dayjs(asOf).subtract(1, 'year') : dayjs(asOf);
  const start = end.month(month - 1).startOf('month');
  const monthEnd = start.endOf('month');
  return { from: start.format(DAY), to: (monthEnd.isAfter(end) ? end : monthEnd).format(DAY) };
}

/** /projects?newStage=SIGNED&from=2026-01-01&to=2026-11-26&unitId=3 */
export function projectsLink(target: DrillTarget): string {
  const params = new URLSearchParams();
  if (target.newStage) params.set('newStage', target.newStage);
  if (target.withFunds) params.set('withFunds', 'true');
  params.set('from', target.from);
  params.set('to', target.to);
  if (target.unitId) params.set('unitId', String(target.unitId));
  if (target.industryId) params.set('industryId', String(target.industryId));
  if (target.zoneId) params.set('zoneId', String(target.zoneId));
  return `/projects?${params.toString()}`;
}
