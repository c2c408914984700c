import type { EnterpriseFilter, EnterpriseStatus, TagCode } from './types';

export const DEFAULT_SORT = '-createdAt';
export const DEFAULT_SIZE = 20;

const numberOrUndefined = (text: string | null) => (text && /^\d+$/.test(text) ? Number(text) : undefined);

/** The list's filter as the page URL (or the API query) carries it; what is missing takes its default. */
export function filterFromParams(params: URLSearchParams): EnterpriseFilter {
  const region = params.get('regionCode');
  return {
    q: params.get('q') || undefined,
    tags: params.getAll('tag') as TagCode[],
    industryId: numberOrUndefined(params.get('industryId')),
    status: (params.get('status') as EnterpriseStatus) || undefined,
    regionCode: region && /^\d{6}$/.test(region) ? region : undefined,
    ownerUnitId: numberOrUndefined(params.get('ownerUnitId')),
    page: numberOrUndefined(params.get('page')) ?? 0,
    size: numberOrUndefined(params.get('size')) ?? DEFAULT_SIZE,
    sort: params.get('sort') || DEFAULT_SORT,
  };
}

/**
 * The filter as query parameters, with the API's names. For the page URL defaults are left out (a short link);
 * for the API every paging parameter is sent.
 */
export function paramsFromFilter(filter: EnterpriseFilter, { withDefaults = false } = {}): URLSearchParams {
  const out = new URLSearchParams();
  if (filter.q) out.set('q', filter.q);
  filter.tags.forEach((tag) => out.append('tag', tag));
  if (filter.industryId) out.set('industryId', String(filter.industryId));
  if (filter.status) out.set('status', filter.status);
  if (filter.regionCode) out.set('regionCode', filter.regionCode);
  if (filter.ownerUnitId) out.set('ownerUnitId', String(filter.ownerUnitId));
  if (withDefaults || filter.sort !== DEFAULT_SORT) out.set('sort', filter.sort);
  if (withDefaults || filter.page) out.set('page', String(filter.page));
  if (withDefaults || filter.size !== DEFAULT_SIZE) out.set('size', String(filter.size));
  return out;
}
