import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

export type DrillPeriod = Schemas['Period'];

/** The figures the server lists projects for, each with its own numbers. */
export const DRILL_FIGURES = [
  'new_projects',
  'new_negotiating',
  'new_signed',
  'new_landed',
  'signed_projects',
  'counted_investment',
  'funds',
  'foreign_usd',
] as const;
export type DrillFigure = (typeof DRILL_FIGURES)[number];

export interface DrillQuery {
  figure: DrillFigure;
  asOf: string;
  period: DrillPeriod;
  unitId?: number | null;
  industryId?: number | null;
  zoneId?: number | null;
}

export type DrillItem = Schemas['FigureDrillItem'];
export type FigureDrill = Schemas['FigureDrill'];

function params(q: Omit<DrillQuery, 'figure'>): URLSearchParams {
  const out = new URLSearchParams({ asOf: q.asOf, period: q.period });
  if (q.unitId) out.set('unitId', String(q.unitId));
  if (q.industryId) out.set('industryId', String(q.industryId));
  if (q.zoneId) out.set('zoneId', String(q.zoneId));
  return out;
}

/** GET /api/cockpit/figures/{figure}: the projects behind a figure; count and total equal it. */
export const figureDrillUrl = ({ figure, ...rest }: DrillQuery) => `/api/cockpit/figures/${figure}?${params(rest)}`;

/** The page that lists them: /cockpit/figures/funds?asOf=…&period=YTD&unitId=… */
export const figureDrillLink = ({ figure, ...rest }: DrillQuery) => `/cockpit/figures/${figure}?${params(rest)}`;

export const useFigureDrill = (query: DrillQuery | null) =>
  useQuery({
    queryKey: ['cockpit', 'figure-drill', query],
    queryFn: () => api<FigureDrill>(figureDrillUrl(query!)),
    enabled: query !== null,
  });
