import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t, SLOW } from '../../../test/helpers';
import { OFFICER, mockApi, renderRoutes, ok } from '../../../test/render';
import { LEAD_ITEM } from '../../leads/test-fixtures';
import { TRIP, VISIT } from '../test-fixtures';
import { TripDetailPage } from './trip-detail-page';

function renderTrip() {
  return renderRoutes('/trips/4', { '/trips/:id': <TripDetailPage />, '/trips': <p>trips list</p> });
}

describe('trip detail', () => {
  it(
    'shows the trip with its visits, leads and projects',
    async () => {
      mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/trips/4': ok(TRIP) });
      renderTrip();
      expect(await screen.findByRole('heading', { name: TRIP.title })).toBeInTheDocument();
      expect(screen.getByText('Two leads, one project')).toBeInTheDocument();
      expect(screen.getByText(VISIT.summary).closest('a')).toHaveAttribute('href', '/visits/12');
      expect(screen.getByText(t('trips.visitKinds.ON_SITE'))).toBeInTheDocument();
      expect(screen.getByText(LEAD_ITEM.title).closest('a')).toHaveAttribute('href', '/leads/7');
      expect(screen.getByText('Huaxin battery plant').closest('a')).toHaveAttribute('href', '/projects/5');
    },
    SLOW,
  );

  it(
    "says how many of the trip's visits and leads another unit keeps, rather than a count over a shorter list",
    async () => {
      mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/trips/4': ok({ ...TRIP, visitCount: 4, leadCount: 1 }) });
      renderTrip();
      expect(await screen.findByText(t('trips.visits.titleCount', { count: 4 }))).toBeInTheDocument();
      expect(screen.getByText(t('trips.otherUnits', { count: 3 }))).toBeInTheDocument();
      expect(screen.queryByText(t('trips.otherUnits', { count: 0 }))).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'explains why a trip with links cannot be deleted',
    async () => {
      mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/trips/4': ok(TRIP),
        'DELETE /api/trips/4': () => ({ status: 409, body: { status: 409, code: 'trip.in_use' } }),
      });
      renderTrip();
      await userEvent.click((await screen.findByText(t('trips.delete.button'))).closest('button') as HTMLElement);
      const confirm = await screen.findByRole('tooltip');
      await userEvent.click(within(confirm).getByText(t('trips.delete.button')).closest('button') as HTMLElement);
      expect(
        await screen.findByText(t('trips.delete.inUse', { visits: 1, leads: 1, projects: 1 })),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: TRIP.title })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'deletes a trip with nothing linked and goes back to the list',
    async () => {
      let ifMatch: string | undefined;
      const bare = { ...TRIP, visits: [], leads: [], projects: [], visitCount: 0, leadCount: 0, projectCount: 0 };
      mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/trips/4': ok(bare),
        'DELETE /api/trips/4': (init) => {
          ifMatch = (init?.headers as Record<string, string>)['If-Match'];
          return { status: 204 };
        },
      });
      renderTrip();
      expect(await screen.findByText(t('trips.visits.empty'))).toBeInTheDocument();
      await userEvent.click(screen.getByText(t('trips.delete.button')).closest('button') as HTMLElement);
      const confirm = await screen.findByRole('tooltip');
      await userEvent.click(within(confirm).getByText(t('trips.delete.button')).closest('button') as HTMLElement);
      expect(await screen.findByText('trips list')).toBeInTheDocument();
      expect(ifMatch).toBe('"3"');
    },
    SLOW,
  );

  it(
    'says when the trip cannot be found',
    async () => {
      mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/trips/4': () => ({ status: 404, body: { status: 404, code: 'trip.not_found' } }),
      });
      renderTrip();
      expect(await screen.findByText(t('trips.errors.trip.not_found'))).toBeInTheDocument();
    },
    SLOW,
  );
});
