import { dayParam, readSortedPaging, useUrlState, writeSortedPaging } from '../../../lib/use-url-filter';
import { visitFilterParams } from '../api/get-visits';
import { VISIT_INTENTS, VISIT_KINDS, type VisitFilter, type VisitIntent, type VisitKind } from '../api/types';

export const DEFAULT_SORT = '-visitedOn';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

export function readVisitFilter(params: URLSearchParams): VisitFilter {
  return {
    q: params.get('q') ?? undefined,
    kind: oneOf<VisitKind>(VISIT_KINDS, params.get('kind')),
    intent: oneOf<VisitIntent>(VISIT_INTENTS, params.get('intent')),
    from: dayParam(params.get('from')),
    to: dayParam(params.get('to')),
    mine: params.get('mine') === 'true' || undefined,
    followUpOpen: params.get('followUpOpen') === 'true' || undefined,
    ...readSortedPaging(params, DEFAULT_SORT),
  };
}

export const writeVisitFilter = (filter: VisitFilter): URLSearchParams =>
  writeSortedPaging(visitFilterParams(filter), filter, DEFAULT_SORT);

/** The list's filter lives in the URL: a view can be bookmarked, shared and kept on the way back from a visit. */
export const useVisitFilter = () => useUrlState(readVisitFilter, writeVisitFilter);
