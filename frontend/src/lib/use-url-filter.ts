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
