import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { VisitInput } from '../api/types';
import { memoryStore } from './queue-store';
import type { QueuedVisit } from './queued-visit';
import { syncQueue, type SyncDeps } from './sync-queue';

const INPUT = { enterpriseId: 7, kind: 'ON_SITE', visitedOn: '2026-11-20', summary: 'Plant' } as VisitInput;

const queued = (key: string, owner = 'officer', extra: Partial<QueuedVisit> = {}): QueuedVisit => ({
  key,
  owner,
  savedAt: '2026-11-20T06:00:00Z',
  input: { ...INPUT, summary: `Plant ${key}` },
  values: { kind: 'ON_SITE', visitedOn: '2026-11-20', summary: `Plant ${key}` } as QueuedVisit['values'],
  firmName: 'Jinan Xincai',
  state: 'WAITING',
  photos: [],
  ...extra,
});

const offline = () => new ApiError({ status: 0, code: 'network.unreachable' });

function setUp(items: QueuedVisit[], create: SyncDeps['create']) {
  const store = memoryStore();
  const deps: SyncDeps = { store, create: vi.fn(create), describe: (error) => `refused: ${error.code}` };
  return {
    store,
    deps,
    ready: Promise.all(
      [...new Set(items.map((i) => i.owner))].map((o) =>
        store.write(
          o,
          items.filter((i) => i.owner === o),
        ),
      ),
    ),
  };
}

describe('visit queue sync', () => {
  it('sends each visit with the key fixed when it was saved, the same key again after a dropped network', async () => {
    let calls = 0;
    const { store, deps, ready } = setUp([queued('k-1'), queued('k-2')], async () => {
      calls += 1;
      if (calls === 2) throw offline();
      return { id: 40 + calls };
    });
    await ready;

    const first = await syncQueue('officer', deps);
    expect(first).toEqual({ sent: 1, interrupted: true, signedOut: false });
    expect((await store.read('officer')).map((i) => i.key)).toEqual(['k-2']);

    const second = await syncQueue('officer', deps);
    expect(second).toEqual({ sent: 1, interrupted: false, signedOut: false });
    expect(await store.read('officer')).toEqual([]);
    expect(vi.mocked(deps.create).mock.calls.map(([, key]) => key)).toEqual(['k-1', 'k-2', 'k-2']);
  });

  it('keeps a visit the server could not take now (5xx, 429) waiting, untouched', async () => {
    const { store, deps, ready } = setUp([queued('k-1')], async () => {
      throw new ApiError({ status: 503, code: 'database.unavailable' });
    });
    await ready;
    expect(await syncQueue('officer', deps)).toMatchObject({ sent: 0, interrupted: true });
    expect(await store.read('officer')).toEqual([queued('k-1')]);
  });

  it('marks a refused visit NEEDS_FIX with the reason, sends the next one, and does not retry the refused one', async () => {
    const { store, deps, ready } = setUp([queued('k-1'), queued('k-2')], async (_, key) => {
      if (key === 'k-1') throw new ApiError({ status: 400, code: 'visit.date_in_future' });
      return { id: 42 };
    });
    await ready;

    expect(await syncQueue('officer', deps)).toEqual({ sent: 1, interrupted: false, signedOut: false });
    expect(await store.read('officer')).toEqual([
      {
        ...queued('k-1'),
        state: 'NEEDS_FIX',
        problem: { code: 'visit.date_in_future', message: 'refused: visit.date_in_future' },
      },
    ]);
    await syncQueue('officer', deps);
    expect(deps.create).toHaveBeenCalledTimes(2);
  });

  it('stops at 401 and keeps every visit waiting for the user to log in again', async () => {
    const { store, deps, ready } = setUp([queued('k-1'), queued('k-2')], async () => {
      throw new ApiError({ status: 401, code: 'auth.unauthenticated' });
    });
    await ready;
    expect(await syncQueue('officer', deps)).toEqual({ sent: 0, interrupted: false, signedOut: true });
    expect(deps.create).toHaveBeenCalledTimes(1);
    expect((await store.read('officer')).map((i) => i.state)).toEqual(['WAITING', 'WAITING']);
  });

  it("sends only the login's own queue: another officer's visits on the same phone stay where they are", async () => {
    const { store, deps, ready } = setUp([queued('k-1', 'officer'), queued('k-9', 'officer2')], async () => ({
      id: 42,
    }));
    await ready;
    await syncQueue('officer', deps);
    expect(vi.mocked(deps.create).mock.calls.map(([, key]) => key)).toEqual(['k-1']);
    expect(await store.read('officer')).toEqual([]);
    expect((await store.read('officer2')).map((i) => i.key)).toEqual(['k-9']);
  });

  it('uploads the photos after the visit exists, each once; a dropped upload does not post the visit again', async () => {
    const photo = (key: string) => ({ key, file: new Blob(['jpeg']), name: `${key}.jpg`, uploaded: false });
    const { store, deps, ready } = setUp(
      [queued('k-1', 'officer', { photos: [photo('p-1'), photo('p-2')] })],
      async () => ({
        id: 42,
      }),
    );
    await ready;
    const uploads: string[] = [];
    deps.uploadPhoto = vi.fn(async (visitId: number, p: { key: string }) => {
      uploads.push(`${visitId}/${p.key}`);
      if (uploads.length === 2) throw offline();
    });

    expect(await syncQueue('officer', deps)).toMatchObject({ sent: 0, interrupted: true });
    const waiting = (await store.read('officer'))[0];
    expect(waiting.visitId).toBe(42);
    expect(waiting.photos.map((p) => p.uploaded)).toEqual([true, false]);

    expect(await syncQueue('officer', deps)).toMatchObject({ sent: 1, interrupted: false });
    expect(deps.create).toHaveBeenCalledTimes(1);
    expect(uploads).toEqual(['42/p-1', '42/p-2', '42/p-2']);
    expect(await store.read('officer')).toEqual([]);
  });

  it('keeps photos waiting while no uploader exists, the visit posted once', async () => {
    const photo = { key: 'p-1', file: new Blob(['jpeg']), name: 'p-1.jpg', uploaded: false };
    const { store, deps, ready } = setUp([queued('k-1', 'officer', { photos: [photo] })], async () => ({ id: 42 }));
    await ready;
    await syncQueue('officer', deps);
    await syncQueue('officer', deps);
    expect(deps.create).toHaveBeenCalledTimes(1);
    expect((await store.read('officer'))[0]).toMatchObject({ visitId: 42, state: 'WAITING' });
  });
});
