import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Location, t, SLOW } from '../../../test/helpers';
import { OFFICER, mockApi, renderWithApp, ok, pageOf, requests } from '../../../test/render';
import { VISIT } from '../test-fixtures';
import { VisitsPage } from './visits-page';

const ME = { 'GET /api/me': ok(OFFICER) };

describe('visits list', () => {
  it(
    'lists visits with their kind, intent and follow-up, linking to each visit',
    async () => {
      mockApi({ ...ME, 'GET /api/visits?sort=-visitedOn&page=0&size=20': pageOf([VISIT]) });
      renderWithApp(<VisitsPage />, { route: '/visits' });

      const link = await screen.findByRole('link', { name: VISIT.enterpriseName });
      expect(link).toHaveAttribute('href', '/visits/41');
      const row = link.closest('tr') as HTMLElement;
      expect(within(row).getByText(t('visits.kinds.ON_SITE'))).toBeInTheDocument();
      expect(within(row).getByText(new RegExp(t('visits.intents.CLEAR')))).toBeInTheDocument();
      expect(within(row).getByText(VISIT.summary)).toBeInTheDocument();
      expect(within(row).getByText('Wang Wei')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: new RegExp(t('visits.add')) })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'reads the filters from the URL and writes new ones back into it',
    async () => {
      const fetchMock = mockApi({
        ...ME,
        'GET /api/visits?kind=PHONE&sort=-visitedOn&page=0&size=20': pageOf([VISIT]),
        'GET /api/visits?kind=PHONE&mine=true&sort=-visitedOn&page=0&size=20': pageOf([VISIT]),
        'GET /api/visits?q=xincai&kind=PHONE&mine=true&sort=-visitedOn&page=0&size=20': pageOf([VISIT]),
        'GET /api/visits?q=xincai&kind=PHONE&mine=true&followUpOpen=true&sort=-visitedOn&page=0&size=20': pageOf([]),
      });
      renderWithApp(
        <>
          <VisitsPage />
          <Location />
        </>,
        { route: '/visits?kind=PHONE' },
      );
      await screen.findByRole('link', { name: VISIT.enterpriseName });
      const location = screen.getByTestId('location');

      await userEvent.click(screen.getByLabelText(t('visits.filters.mine')));
      await vi.waitFor(() => expect(location).toHaveTextContent('/visits?kind=PHONE&mine=true'));

      await userEvent.type(screen.getByLabelText(t('visits.filters.search')), 'xincai{enter}');
      await vi.waitFor(() => expect(location).toHaveTextContent('/visits?q=xincai&kind=PHONE&mine=true'));

      await userEvent.click(screen.getByLabelText(t('visits.filters.followUpOpen')));
      await vi.waitFor(() =>
        expect(location).toHaveTextContent('/visits?q=xincai&kind=PHONE&mine=true&followUpOpen=true'),
      );
      expect(await screen.findByText(t('visits.empty'))).toBeInTheDocument();
      expect(requests(fetchMock)).toContain(
        'GET /api/visits?q=xincai&kind=PHONE&mine=true&followUpOpen=true&sort=-visitedOn&page=0&size=20',
      );
    },
    SLOW,
  );

  it(
    'is read-only for leaders',
    async () => {
      mockApi({
        'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
        'GET /api/visits?sort=-visitedOn&page=0&size=20': pageOf([VISIT]),
      });
      renderWithApp(<VisitsPage />, { route: '/visits' });
      await screen.findByRole('link', { name: VISIT.enterpriseName });
      expect(screen.queryByRole('button', { name: new RegExp(t('visits.add')) })).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'shows cards on a phone',
    async () => {
      const desktop = window.matchMedia;
      // A 390 px screen: no min-width breakpoint matches.
      window.matchMedia = ((query: string) => ({ ...desktop(query), matches: false })) as typeof window.matchMedia;
      try {
        mockApi({ ...ME, 'GET /api/visits?sort=-visitedOn&page=0&size=20': pageOf([VISIT]) });
        renderWithApp(<VisitsPage />, { route: '/visits' });
        const card = await screen.findByRole('link', { name: `${VISIT.enterpriseName} ${VISIT.visitedOn}` });
        expect(card).toHaveAttribute('href', '/visits/41');
        expect(within(card).getByText(VISIT.summary)).toBeInTheDocument();
        expect(document.querySelector('table')).toBeNull();
      } finally {
        window.matchMedia = desktop;
      }
    },
    SLOW,
  );

  it(
    'says what went wrong and offers a retry',
    async () => {
      mockApi({ ...ME, 'GET /api/visits?sort=-visitedOn&page=0&size=20': () => ({ status: 500 }) });
      renderWithApp(<VisitsPage />, { route: '/visits' });
      expect(await screen.findByText(t('errors.internal.error'))).toBeInTheDocument();
      expect(screen.getByRole('button', { name: t('common.retry') })).toBeInTheDocument();
    },
    SLOW,
  );
});
