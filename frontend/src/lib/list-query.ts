import { keepPreviousData, useQuery } from '@tanstack/react-query';

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
