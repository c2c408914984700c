import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { QueuedVisit } from './queued-visit';

/** Where the queue lives: one list per login. */
export interface QueueStore {
  read(owner: string): Promise<QueuedVisit[]>;
  write(owner: string, items: QueuedVisit[]): Promise<void>;
}

/** IndexedDB (structured clone keeps photo Blobs as they are), database `attract`, store `visit-queue`. */
function indexedDbStore(): QueueStore {
  let db: UseStore | undefined;
  const store = () => (db ??= createStore('attract', 'visit-queue'));
  return {
    read: async (owner) => (await get<QueuedVisit[]>(owner, store())) ?? [],
    write: (owner, items) => set(owner, items, store()),
  };
}

/** Without IndexedDB (jsdom in tests): kept in memory, lost on reload. */
export function memoryStore(): QueueStore {
  const lists = new Map<string, QueuedVisit[]>();
  return {
    read: async (owner) => structuredClone(lists.get(owner) ?? []),
    write: async (owner, items) => void lists.set(owner, structuredClone(items)),
  };
}

export const queueStore: QueueStore = typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();

const pending = new Map<string, Promise<unknown>>();

/** Changes one login's list, one change at a time in this tab, so a sync and a delete never overwrite each other. */
export function changeQueue(
  store: QueueStore,
  owner: string,
  change: (items: QueuedVisit[]) => QueuedVisit[],
): Promise<QueuedVisit[]> {
  const next = (pending.get(owner) ?? Promise.resolve())
    .catch(() => {})
    .then(async () => {
      const items = change(await store.read(owner));
      await store.write(owner, items);
      return items;
    });
  pending.set(owner, next);
  return next;
}
