import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { Search, t, SLOW } from '../../../test/helpers';
import { OFFICER, mockApi, renderWithApp, ok, pageOf, sentBody } from '../../../test/render';
import { EVENT, EVENT_ITEM } from '../test-fixtures';
import { EventsPage } from './events-page';

const YEAR = dayjs().year();

describe('events list', () => {
  it(
    "lists this year's events with their credited projects",
    async () => {
      mockApi({ 'GET /api/me': ok(OFFICER), [`GET /api/events?year=${YEAR}&page=0&size=20`]: pageOf([EVENT_ITEM]) });
      renderWithApp(<EventsPage />, { route: '/events' });
      const row = (await screen.findByText(EVENT_ITEM.name)).closest('tr') as HTMLElement;
      expect(within(row).getByText(t('events.kinds.PROMOTION'))).toBeInTheDocument();
      expect(within(row).getByText(t('events.roles.HOSTED'))).toBeInTheDocument();
      expect(within(row).getByText(t('events.signedCount', { credited: 1, all: 2 }))).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'takes the year and kind from the URL and keeps all years when cleared',
    async () => {
      const fetchMock = mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/events?year=2025&kind=SIGNING&page=0&size=20': pageOf([EVENT_ITEM]),
        'GET /api/events?kind=SIGNING&page=0&size=20': pageOf([]),
      });
      renderWithApp(
        <>
          <EventsPage />
          <Search />
        </>,
        { route: '/events?year=2025&kind=SIGNING' },
      );
      await screen.findByText(EVENT_ITEM.name);
      await userEvent.click(screen.getByRole('combobox', { name: t('events.filters.year') }));
      await userEvent.click(await screen.findByTitle(t('events.filters.allYears')));
      await vi.waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent('?year=&kind=SIGNING'));
      expect(await screen.findByText(t('events.emptyFiltered'))).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith('/api/events?kind=SIGNING&page=0&size=20', expect.anything());
    },
    SLOW,
  );

  it(
    'creates an event',
    async () => {
      const fetchMock = mockApi({
        'GET /api/me': ok(OFFICER),
        [`GET /api/events?year=${YEAR}&page=0&size=20`]: pageOf([]),
        'POST /api/events': () => ({ status: 201, body: EVENT }),
      });
      renderWithApp(<EventsPage />, { route: '/events' });
      expect(await screen.findByText(t('events.empty'))).toBeInTheDocument();
      await userEvent.click((await screen.findByText(t('events.add'))).closest('button') as HTMLElement);
      const dialog = await screen.findByRole('dialog');
      await userEvent.type(within(dialog).getByLabelText(t('events.fields.name')), 'Autumn signing');
      await userEvent.type(within(dialog).getByLabelText(t('events.fields.heldOn')), '2026-09-18{Enter}');
      await userEvent.type(within(dialog).getByLabelText(t('events.fields.place')), 'Tianqiao');
      await userEvent.click(within(dialog).getByText(t('common.save')).closest('button') as HTMLElement);
      await vi.waitFor(() =>
        expect(sentBody(fetchMock, 'POST /api/events')).toEqual({
          name: 'Autumn signing',
          kind: 'PROMOTION',
          role: 'HOSTED',
          heldOn: '2026-09-18',
          place: 'Tianqiao',
          organiser: null,
          participants: null,
          summary: null,
        }),
      );
    },
    SLOW,
  );
});
