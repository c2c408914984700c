import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { OFFICER, mockApi, ok } from '../../../test/render';
import { VISIT } from '../test-fixtures';
import { queueStore } from './queue-store';
import type { QueuedVisit } from './queued-visit';
import { enqueueVisit, syncVisitQueue } from './use-visit-queue';

afterEach(async () => {
  await queueStore.write('officer', []);
});

const item: QueuedVisit = {
  key: 'k-1',
  owner: 'officer',
  savedAt: '2026-11-20T06:00:00Z',
  input: { enterpriseId: 7, kind: 'ON_SITE', visitedOn: '2026-11-20', summary: 'Plant' } as QueuedVisit['input'],
  values: { kind: 'ON_SITE', summary: 'Plant' } as QueuedVisit['values'],
  firmName: 'Jinan Xincai',
  state: 'WAITING',
  photos: [],
};

describe('a sync round', () => {
  it('runs once when triggered twice at the same time, and refreshes the visit views', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'POST /api/visits': () => ({ status: 201, body: VISIT }),
    });
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await enqueueVisit(queryClient, item);

    await Promise.all([syncVisitQueue(queryClient, 'officer', i18n.t), syncVisitQueue(queryClient, 'officer', i18n.t)]);

    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts).toHaveLength(1);
    expect((posts[0][1]?.headers as Record<string, string>)['Idempotency-Key']).toBe('k-1');
    expect(await queueStore.read('officer')).toEqual([]);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['enterprise-timeline'] });
  });

  it("leaves the queue alone when the session is another user's", async () => {
    const fetchMock = mockApi({ 'GET /api/me': ok({ ...OFFICER, username: 'officer2' }) });
    const queryClient = new QueryClient();
    await enqueueVisit(queryClient, item);
    await syncVisitQueue(queryClient, 'officer', i18n.t);
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
    expect(await queueStore.read('officer')).toHaveLength(1);
  });

  it('says the session is gone (401) and keeps the visit waiting', async () => {
    mockApi({ 'GET /api/me': () => ({ status: 401, body: { code: 'auth.unauthenticated' } }) });
    const queryClient = new QueryClient();
    await enqueueVisit(queryClient, item);
    await syncVisitQueue(queryClient, 'officer', i18n.t);
    expect(queryClient.getQueryData(['visit-queue', 'officer', 'sync'])).toMatchObject({ signedOut: true });
    expect(await queueStore.read('officer')).toEqual([item]);
  });
});
