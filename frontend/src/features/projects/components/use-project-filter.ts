import { dayParam, readSortedPaging, useUrlState, writeSortedPaging } from '../../../lib/use-url-filter';
import { NEW_STAGES, filterParams, type DrillDown, type NewStage } from '../api/get-projects';
import { POOLS, STAGES, type Pool, type ProjectListFilter, type Stage } from '../api/types';

export const DEFAULT_SORT = '-updatedAt';

/** The list's filter with the cockpit's drill-down, as the URL holds it. */
export type ProjectQueryFilter = ProjectListFilter & DrillDown;

const numberParam = (value: string | null) => (value && Number(value) > 0 ? Number(value) : undefined);

export function readFilter(params: URLSearchParams): ProjectQueryFilter {
  const pool = params.get('pool') as Pool | null;
  const newStage = params.get('newStage') as NewStage | null;
  return {
    q: params.get('q') ?? undefined,
    stages: params.getAll('stage').filter((s): s is Stage => (STAGES as readonly string[]).includes(s)),
    pool: pool && (POOLS as readonly string[]).includes(pool) ? pool : undefined,
    unitId: numberParam(params.get('unitId')),
    industryId: numberParam(params.get('industryId')),
    zoneId: numberParam(params.get('zoneId')),
    keyProject: params.get('keyProject') === 'true' || undefined,
    stalled: params.get('stalled') === 'true' || undefined,
    pendingConfirmation: params.get('pendingConfirmation') === 'true' || undefined,
    sponsoredByMe: params.get('sponsoredByMe') === 'true' || undefined,
    newStage: newStage && (NEW_STAGES as readonly string[]).includes(newStage) ? newStage : undefined,
    withFunds: params.get('withFunds') === 'true' || undefined,
    from: dayParam(params.get('from')),
    to: dayParam(params.get('to')),
    ...readSortedPaging(params, DEFAULT_SORT),
  };
}

/** The URL of a filter: what the query sends, less the paging and sort left at their defaults. */
export const writeFilter = (filter: ProjectQueryFilter): URLSearchParams =>
  writeSortedPaging(filterParams(filter), filter, DEFAULT_SORT);

/** Removes the cockpit's drill-down and keeps every other filter. */
export const CLEAR_DRILL_DOWN: DrillDown = {
  newStage: undefined,
  withFunds: undefined,
  from: undefined,
  to: undefined,
};

/** The filter lives in the URL, so a view can be bookmarked, shared, and kept when switching list and board. */
export const useProjectFilter = () => useUrlState(readFilter, writeFilter);
