import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Location, t } from '../../../test/helpers';
import { renderRoutes } from '../../../test/render';
import { draftStorageKey, readDraft } from '../components/visit-draft';
import { queueStore } from './queue-store';
import type { QueuedVisit } from './queued-visit';
import { VisitQueuePanel } from './visit-queue-panel';

afterEach(() => queueStore.write('officer', []));

const item = (key: string, firmName: string, extra: Partial<QueuedVisit> = {}): QueuedVisit => ({
  key,
  owner: 'officer',
  savedAt: '2026-11-20T06:00:00Z',
  input: { enterpriseId: 7, kind: 'ON_SITE', visitedOn: '2026-11-20', summary: 'Plant' } as QueuedVisit['input'],
  values: { kind: 'ON_SITE', summary: 'Plant', enterprise: { value: 7, label: firmName } } as QueuedVisit['values'],
  firmName,
  state: 'WAITING',
  photos: [],
  ...extra,
});

/** The page under test, and where it may lead. */
const pages = {
  '/visits': <VisitQueuePanel owner="officer" />,
  '/visits/new': <Location />,
};

describe('the queue on the visits page', () => {
  it('lists what waits, with the firm, the date and when it was saved; a visit can be deleted', async () => {
    await queueStore.write('officer', [
      item('k-1', 'Xincai'),
      item('k-2', 'Huaxin', {
        state: 'NEEDS_FIX',
        problem: { code: 'visit.date_in_future', message: 'Date in future' },
      }),
    ]);
    renderRoutes('/visits', pages);
    expect(await screen.findByText(t('visits.queue.title', { count: 2 }))).toBeInTheDocument();
    const list = screen.getByLabelText(t('visits.queue.list'));
    expect(within(list).getByText('Xincai')).toBeInTheDocument();
    expect(within(list).getAllByText(/2026-11-20/)).toHaveLength(2);
    expect(within(list).getByText(t('visits.queue.needsFix'))).toBeInTheDocument();
    expect(within(list).getByText('Date in future')).toBeInTheDocument();

    await userEvent.click(within(list).getAllByRole('button', { name: t('visits.delete') })[0]);
    const confirm = await screen.findByRole('tooltip');
    await userEvent.click(within(confirm).getByRole('button', { name: t('visits.delete') }));
    expect(await screen.findByText(t('visits.queue.title', { count: 1 }))).toBeInTheDocument();
    expect(screen.queryByText('Xincai')).not.toBeInTheDocument();
    expect((await queueStore.read('officer')).map((q) => q.key)).toEqual(['k-2']);
  });

  it('opens a refused visit in the form as the draft, with its key', async () => {
    await queueStore.write('officer', [
      item('k-2', 'Huaxin', { state: 'NEEDS_FIX', problem: { code: 'x', message: 'Fix me' } }),
    ]);
    renderRoutes('/visits', pages);
    await userEvent.click(await screen.findByRole('button', { name: t('visits.queue.fix') }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/visits/new');
    expect(readDraft(draftStorageKey('officer'))).toMatchObject({ key: 'k-2', values: { summary: 'Plant' } });
    expect(await queueStore.read('officer')).toEqual([]);
  });
});
