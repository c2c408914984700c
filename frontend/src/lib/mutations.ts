import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from './api-client';

/** A record as an edit reads it: its id and the version the edit is based on. */
interface Versioned {
  id: number;
  version: number;
}

/** What a save sends: the input, and the record being edited at the version read (absent when creating). */
export interface SaveArgs<I> {
  input: I;
  existing?: Versioned;
}

/** Creates a record (POST to the collection) or replaces one (PUT, with the version the edit is based on). */
export const saveRecord = <T>(collection: string, { input, existing }: SaveArgs<unknown>) =>
  existing
    ? api<T>(`${collection}/${existing.id}`, { method: 'PUT', body: input, version: existing.version })
    : api<T>(collection, { method: 'POST', body: input });

/**
 * A mutation that refreshes the queries under each key once it has settled: after a refusal too, since a stale
 * version or a conflict means what is shown is out of date.
 */
export function useRefreshingMutation<A, T>(mutationFn: (args: A) => Promise<T>, ...queryKeys: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/**
 * Deletes a record of one kind at the version read (a stale version is refused): forgets its cached copy
 * (`[kind, 'one', id]`), then refreshes that kind's lists (`[kind, 'list']`), after a refusal too.
 */
export function useDeleteRecord(collection: string, kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: Versioned) => api<void>(`${collection}/${id}`, { method: 'DELETE', version }),
    onSuccess: (_, { id }) => queryClient.removeQueries({ queryKey: [kind, 'one', id] }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [kind, 'list'] }),
  });
}
