import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageOf } from './api-client';

/** A query string from named values in the given order; absent and blank values are left out. */
export function listQuery(values: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A list page's query: the page of the list `name` the filter asks for, the last one kept on screen while it loads. */
export const useListPage = <F, T>(name: string, filter: F, get: (filter: F) => Promise<T>) =>
  useQuery({ queryKey: [name, 'list', filter], queryFn: () => get(filter), placeholderData: keepPreviousData });

/** A picker's search: the first twenty records matching a term (blank: the latest), as options labelled by `label`. */
export const pickerSearch =
  <T extends { id: number }>(
    get: (filter: { q?: string; page: number; size: number }) => Promise<PageOf<T>>,
    label: (item: T) => string,
  ) =>
  async (q: string) =>
    (await get({ q: q || undefined, page: 0, size: 20 })).items.map((item) => ({ value: item.id, label: label(item) }));
