import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { Search, t, SLOW } from '../../../test/helpers';
import { OFFICER, mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { TRIP, TRIP_ITEM } from '../test-fixtures';
import { TripsPage } from './trips-page';

const YEAR = dayjs().year();
const OTHER = {
  ...TRIP_ITEM,
  id: 6,
  title: 'Shanghai expo',
  leaderName: null,
  leaderLed: false,
  unitId: 2,
  unitName: 'Daminghu',
};

describe('trips list', () => {
  it(
    "counts this year's leader-led trips in the headline and lists this year's trips",
    async () => {
      mockApi({
        'GET /api/me': ok(OFFICER),
        [`GET /api/trips?year=${YEAR}&leaderLed=true&page=0&size=1`]: pageOf([TRIP_ITEM], 14),
        [`GET /api/trips?year=${YEAR}&page=0&size=20`]: pageOf([TRIP_ITEM, OTHER], 20),
      });
      renderWithApp(<TripsPage />, { route: '/trips' });
      expect(await screen.findByText(t('trips.headline', { count: 14 }))).toBeInTheDocument();
      const row = (await screen.findByText(TRIP_ITEM.title)).closest('tr') as HTMLElement;
      expect(within(row).getByText(t('trips.leaderLed'))).toBeInTheDocument();
      expect(within(row).getByText('2026-03-02 ~ 2026-03-05')).toBeInTheDocument();
      expect(within(row).getByText('Dongguan')).toBeInTheDocument();
      // Only the organising unit edits a trip.
      expect(within(row).getByRole('button', { name: `${t('common.edit')} ${TRIP_ITEM.title}` })).toBeInTheDocument();
      const other = screen.getByText(OTHER.title).closest('tr') as HTMLElement;
      expect(within(other).queryByRole('button')).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'opens the leader-led trips from the headline, with the filter in the URL',
    async () => {
      const fetchMock = mockApi({
        'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
        [`GET /api/trips?year=${YEAR}&leaderLed=true&page=0&size=1`]: pageOf([TRIP_ITEM], 1),
        'GET /api/trips?year=2024&page=0&size=20': pageOf([OTHER]),
        [`GET /api/trips?year=${YEAR}&leaderLed=true&page=0&size=20`]: pageOf([TRIP_ITEM]),
      });
      renderWithApp(
        <>
          <TripsPage />
          <Search />
        </>,
        { route: '/trips?year=2024' },
      );
      await screen.findByText(OTHER.title);
      expect(screen.queryByText(t('trips.add'))).not.toBeInTheDocument();
      await userEvent.click(screen.getByText(t('trips.headlineShow')).closest('button') as HTMLElement);
      await vi.waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent('?leaderLed=true'));
      expect(await screen.findByText(TRIP_ITEM.title)).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith(
        `/api/trips?year=${YEAR}&leaderLed=true&page=0&size=20`,
        expect.anything(),
      );
    },
    SLOW,
  );

  it(
    'edits a trip from the list with all of its fields',
    async () => {
      let saved: RequestInit | undefined;
      mockApi({
        'GET /api/me': ok(OFFICER),
        [`GET /api/trips?year=${YEAR}&leaderLed=true&page=0&size=1`]: pageOf([TRIP_ITEM], 1),
        [`GET /api/trips?year=${YEAR}&page=0&size=20`]: pageOf([TRIP_ITEM]),
        'GET /api/trips/4': ok(TRIP),
        'PUT /api/trips/4': (init) => {
          saved = init;
          return { status: 200, body: TRIP };
        },
      });
      renderWithApp(<TripsPage />, { route: '/trips' });
      await userEvent.click(await screen.findByRole('button', { name: `${t('common.edit')} ${TRIP_ITEM.title}` }));
      const dialog = await screen.findByRole('dialog');
      const title = within(dialog).getByLabelText(t('trips.fields.title'));
      await userEvent.type(title, ' II');
      await userEvent.click(within(dialog).getByText(t('common.save')).closest('button') as HTMLElement);
      await vi.waitFor(() => expect(saved).toBeDefined());
      expect((saved?.headers as Record<string, string>)['If-Match']).toBe('"3"');
      expect(JSON.parse(String(saved?.body))).toEqual({
        title: 'Shenzhen outreach II',
        leaderName: 'Li Hua',
        delegation: ['Wang Wei', 'Zhao Min'],
        cities: ['Shenzhen', 'Dongguan'],
        startDate: '2026-03-02',
        endDate: '2026-03-05',
        purpose: 'New-energy chain',
        outcome: 'Two leads, one project',
      });
    },
    SLOW,
  );

  it(
    'says when there are no trips',
    async () => {
      mockApi({
        'GET /api/me': ok(OFFICER),
        [`GET /api/trips?year=${YEAR}&leaderLed=true&page=0&size=1`]: pageOf([], 0),
        [`GET /api/trips?year=${YEAR}&page=0&size=20`]: pageOf([]),
      });
      renderWithApp(<TripsPage />, { route: '/trips' });
      expect(await screen.findByText(t('trips.empty'))).toBeInTheDocument();
      expect(await screen.findByText(t('trips.headline', { count: 0 }))).toBeInTheDocument();
    },
    SLOW,
  );
});
