import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { getMe } from '../../auth';
import { invalidateVisitViews } from '../api/invalidate';
import { createVisit } from '../api/save-visit';
import { visitErrorMessage } from '../components/visit-error';
import { uploadQueuedPhoto } from './photo-upload';
import { changeQueue, queueStore } from './queue-store';
import type { QueuedVisit } from './queued-visit';
import { syncQueue, type SyncResult } from './sync-queue';

/** Tries again every minute while visits wait, besides the `online` event and the app's start. */
const RETRY_EVERY_MS = 60_000;

const queueKey = (owner: string) => ['visit-queue', owner] as const;
const syncStateKey = (owner: string) => ['visit-queue', owner, 'sync'] as const;

/** This login's queued visits, read from IndexedDB (no network involved). */
export const useVisitQueue = (owner: string) =>
  useQuery({
    queryKey: queueKey(owner),
    queryFn: () => queueStore.read(owner),
    networkMode: 'always',
    staleTime: Infinity,
  });

/** How the last round ended; null before one did. */
export const useVisitQueueSyncState = (owner: string) =>
  useQuery<SyncResult | null>({
    queryKey: syncStateKey(owner),
    queryFn: () => null,
    networkMode: 'always',
    staleTime: Infinity,
  });

export async function enqueueVisit(queryClient: QueryClient, item: QueuedVisit) {
  await changeQueue(queueStore, item.owner, (items) => [...items.filter((i) => i.key !== item.key), item]);
  await queryClient.invalidateQueries({ queryKey: queueKey(item.owner) });
}

export async function removeQueuedVisit(queryClient: QueryClient, owner: string, key: string) {
  await changeQueue(queueStore, owner, (items) => items.filter((i) => i.key !== key));
  await queryClient.invalidateQueries({ queryKey: queueKey(owner) });
}

/** A refusal as the officer reads it: the server's own words for its fields, else the code's text. */
function describe(t: TFunction, error: ApiError): string {
  return error.violations.map((v) => v.message).join(' ') || visitErrorMessage(t, error);
}

const rounds = new Map<string, Promise<void>>();

/**
 * One round for this login, never two at once in a tab (the online event, the timer and a button may coincide; two
 * tabs would send the same keys, which the server answers with one visit). Only the session of the login that saved
 * the visits sends them.
 */
export function syncVisitQueue(queryClient: QueryClient, owner: string, t: TFunction): Promise<void> {
  const running = rounds.get(owner);
  if (running) return running;
  const round = (async () => {
    if (!navigator.onLine) return; // the browser knows it is offline: the online event starts the next round
    const items = await queueStore.read(owner);
    if (!items.some((item) => item.state === 'WAITING')) return;
    let result: SyncResult = { sent: 0, interrupted: false, signedOut: false };
    try {
      const session = await getMe();
      if (session.username === owner) {
        result = await syncQueue(owner, {
          store: queueStore,
          create: createVisit,
          uploadPhoto: uploadQueuedPhoto,
          describe: (error) => describe(t, error),
        });
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) result = { ...result, signedOut: true };
      else result = { ...result, interrupted: true };
    }
    queryClient.setQueryData(syncStateKey(owner), result);
    await queryClient.invalidateQueries({ queryKey: queueKey(owner) });
    if (result.sent > 0) await invalidateVisitViews(queryClient);
  })().finally(() => rounds.delete(owner));
  rounds.set(owner, round);
  return round;
}

/** Mounted once by the app's shell: sends the queue on start, when the network returns and every minute. */
export function useVisitQueueSync(owner: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queue = useVisitQueue(owner);
  const waiting = (queue.data ?? []).some((item) => item.state === 'WAITING');
  const sync = useCallback(() => void syncVisitQueue(queryClient, owner, t), [queryClient, owner, t]);

  useEffect(() => {
    sync();
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, [sync]);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(sync, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [waiting, sync]);
}
