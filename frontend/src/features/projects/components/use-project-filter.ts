import { useSearchParams } from 'react-router-dom';
import { POOLS, STAGES, type Pool, type ProjectListFilter, type Stage } from '../api/types';

export const DEFAULT_SORT = '-updatedAt';
const DEFAULT_SIZE = 20;

const numberParam = (value: string | null) => (value && Number(value) > 0 ? Number(value) : undefined);

export function readFilter(params: URLSearchParams): ProjectListFilter {
  const pool = params.get('pool') as Pool | null;
  return {
    q: params.get('q') ?? undefined,
    stages: params.getAll('stage').filter((s): s is Stage => (STAGES as readonly string[]).includes(s)),
    pool: pool && (POOLS as readonly string[]).includes(pool) ? pool : undefined,
    unitId: numberParam(params.get('unitId')),
    industryId: numberParam(params.get('industryId')),
    zoneId: numberParam(params.get('zoneId')),
    keyProject: params.get('keyProject') === 'true' || undefined,
    stalled: params.get('stalled') === 'true' || undefined,
    page: Number(params.get('page') ?? 0),
    size: Number(params.get('size') ?? DEFAULT_SIZE),
    sort: params.get('sort') ?? DEFAULT_SORT,
  };
}

export function writeFilter(filter: ProjectListFilter): URLSearchParams {
  const out = new URLSearchParams();
  if (filter.q) out.set('q', filter.q);
  filter.stages.forEach((stage) => out.append('stage', stage));
  if (filter.pool) out.set('pool', filter.pool);
  if (filter.unitId) out.set('unitId', String(filter.unitId));
  if (filter.industryId) out.set('industryId', String(filter.industryId));
  if (filter.zoneId) out.set('zoneId', String(filter.zoneId));
  if (filter.keyProject) out.set('keyProject', 'true');
  if (filter.stalled) out.set('stalled', 'true');
  if (filter.page) out.set('page', String(filter.page));
  if (filter.size !== DEFAULT_SIZE) out.set('size', String(filter.size));
  if (filter.sort !== DEFAULT_SORT) out.set('sort', filter.sort);
  return out;
}

/** The filter lives in the URL, so a view can be bookmarked, shared, and kept when switching list and board. */
export function useProjectFilter(): [ProjectListFilter, (patch: Partial<ProjectListFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const update = (patch: Partial<ProjectListFilter>) => setParams(writeFilter({ ...filter, page: 0, ...patch }), { replace: true });
  return [filter, update];
}
