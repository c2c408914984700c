import { useSearchParams } from 'react-router-dom';
import { visitFilterParams } from '../api/get-visits';
import { VISIT_INTENTS, VISIT_KINDS, type VisitFilter, type VisitIntent, type VisitKind } from '../api/types';

export const DEFAULT_SORT = '-visitedOn';
const DEFAULT_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
const dateParam = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const positive = (value: string | null, fallback: number) => (value && Number(value) >= 0 ? Number(value) : fallback);

export function readVisitFilter(params: URLSearchParams): VisitFilter {
  return {
    q: params.get('q') ?? undefined,
    kind: oneOf<VisitKind>(VISIT_KINDS, params.get('kind')),
    intent: oneOf<VisitIntent>(VISIT_INTENTS, params.get('intent')),
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
    mine: params.get('mine') === 'true' || undefined,
    followUpOpen: params.get('followUpOpen') === 'true' || undefined,
    page: positive(params.get('page'), 0),
    size: positive(params.get('size'), DEFAULT_SIZE) || DEFAULT_SIZE,
    sort: params.get('sort') ?? DEFAULT_SORT,
  };
}

export function writeVisitFilter(filter: VisitFilter): URLSearchParams {
  const out = visitFilterParams(filter);
  if (filter.page) out.set('page', String(filter.page));
  if (filter.size !== DEFAULT_SIZE) out.set('size', String(filter.size));
  if (filter.sort !== DEFAULT_SORT) out.set('sort', filter.sort);
  return out;
}

/** The list's filter lives in the URL: a view can be bookmarked, shared and kept on the way back from a visit. */
export function useVisitFilter(): [VisitFilter, (patch: Partial<VisitFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = readVisitFilter(params);
  const update = (patch: Partial<VisitFilter>) =>
    setParams(writeVisitFilter({ ...filter, page: 0, ...patch }), { replace: true });
  return [filter, update];
}
