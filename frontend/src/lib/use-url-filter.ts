import { useSearchParams } from 'react-router-dom';

export const DEFAULT_PAGE_SIZE = 20;

export interface Paging {
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export type UrlFilter<K extends string> = Partial<Record<K, string>> & Paging;

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
};

/** A sorted list's paging as its URL holds it. */
export interface SortedPaging extends Paging {
  sort: string;
}

/** A sorted list's page, size and sort from its URL: absent or malformed, the first page of 20 in `defaultSort`. */
export function readSortedPaging(params: URLSearchParams, defaultSort: string): SortedPaging {
  return {
    page: positive(params.get('page'), 0),
    size: positive(params.get('size'), DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE,
    sort: params.get('sort') ?? defaultSort,
  };
}

/** Adds a sorted list's page, size and sort to its URL parameters, each only when it is not the default. */
export function writeSortedPaging(out: URLSearchParams, paging: SortedPaging, defaultSort: string): URLSearchParams {
  if (paging.page) out.set('page', String(paging.page));
  if (paging.size !== DEFAULT_PAGE_SIZE) out.set('size', String(paging.size));
  if (paging.sort !== defaultSort) out.set('sort', paging.sort);
  return out;
}

/** A day (YYYY-MM-DD) from the URL; anything else is left out. */
export const dayParam = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/**
 * A list's filter kept in the URL by its own `read` and `write` (bookmarkable, shareable, kept by the back button);
 * any filter change goes back to the first page.
 */
export function useUrlState<F extends Paging>(
  read: (params: URLSearchParams) => F,
  write: (filter: F) => URLSearchParams,
): [F, (patch: Partial<F>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = read(params);
  const update = (patch: Partial<F>) => setParams(write({ ...filter, page: 0, ...patch }), { replace: true });
  return [filter, update];
}

/**
 * A list's filter kept in the URL (bookmarkable, shareable, kept by the back button). `defaults` fill in
 * absent keys and are left out of the URL again; any filter change goes back to the first page.
 */
export function useUrlFilter<K extends string>(
  keys: readonly K[],
  defaults: Partial<Record<K, string>> = {},
): [UrlFilter<K>, (patch: Partial<UrlFilter<K>>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = {
    page: positive(params.get('page'), 0),
    size: positive(params.get('size'), DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE,
  } as UrlFilter<K>;
  for (const key of keys) {
    const value = params.get(key) ?? defaults[key];
    if (value) (filter as Partial<Record<K, string>>)[key] = value;
  }
  const update = (patch: Partial<UrlFilter<K>>) => {
    const next = { ...filter, page: 0, ...patch };
    const values = next as Partial<Record<K, string>>;
    const paging: Paging = next;
    const out = new URLSearchParams();
    for (const key of keys) {
      const value = values[key];
      if (value && value !== defaults[key]) out.set(key, value);
      // Cleared on purpose: keep the key, blank, so that the default does not come back.
      else if (!value && defaults[key]) out.set(key, '');
    }
    if (paging.page) out.set('page', String(paging.page));
    if (paging.size !== DEFAULT_PAGE_SIZE) out.set('size', String(paging.size));
    setParams(out, { replace: true });
  };
  return [filter, update];
}
