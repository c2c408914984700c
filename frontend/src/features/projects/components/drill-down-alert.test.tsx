import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { OFFICER, mockApi, renderWithApp } from '../../../test/render';
import { ITEM, page } from '../test-fixtures';
import { ProjectsPage } from './projects-page';

afterEach(() => vi.unstubAllGlobals());
const SLOW = 60_000;

function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

const lookups = {
  'GET /api/me': () => ({ status: 200, body: OFFICER }),
  'GET /api/units': () => page([]),
  'GET /api/industries?includeRetired=false': () => page([]),
  'GET /api/zones': () => page([]),
};

const renderList = (route: string) =>
  renderWithApp(
    <>
      <ProjectsPage />
      <Location />
    </>,
    { route },
  );

describe('projects opened from the cockpit', () => {
  it(
    'sends the drill-down to the server, says what it is and clears it',
    async () => {
      const fetchMock = mockApi({
        ...lookups,
        'GET /api/projects?unitId=3&newStage=SIGNED&from=2026-01-01&to=2026-11-26&sort=-updatedAt&page=0&size=20': () =>
          page([ITEM]),
        'GET /api/projects?unitId=3&sort=-updatedAt&page=0&size=20': () => page([ITEM]),
      });
      renderList('/projects?newStage=SIGNED&from=2026-01-01&to=2026-11-26&unitId=3');

      await screen.findByText(ITEM.name);
      const alert = screen.getByTestId('drill-down');
      expect(alert).toHaveTextContent(i18n.t('projects.drillDown.newStage.SIGNED'));
      expect(alert).toHaveTextContent('2026');

      await userEvent.click(screen.getByRole('button', { name: i18n.t('projects.drillDown.clear') }));
      // The cockpit's period and counting rule go; the unit it was opened for stays, visible in the filter bar.
      await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/projects\?unitId=3$/));
      expect(screen.queryByTestId('drill-down')).not.toBeInTheDocument();
      await vi.waitFor(() =>
        expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
          '/api/projects?unitId=3&sort=-updatedAt&page=0&size=20',
        ),
      );
    },
    SLOW,
  );

  it(
    'words the period and the figure',
    async () => {
      await i18n.changeLanguage('en');
      mockApi({
        ...lookups,
        'GET /api/projects?withFunds=true&from=2026-01-01&to=2026-11-26&sort=-updatedAt&page=0&size=20': () => page([]),
      });
      renderList('/projects?withFunds=true&from=2026-01-01&to=2026-11-26');
      expect(await screen.findByTestId('drill-down')).toHaveTextContent(
        'From the cockpit: projects with funds arriving, January 1, 2026 – November 26',
      );
    },
    SLOW,
  );

  it(
    'shows nothing when the list was not opened from the cockpit',
    async () => {
      mockApi({ ...lookups, 'GET /api/projects?sort=-updatedAt&page=0&size=20': () => page([ITEM]) });
      renderList('/projects');
      await screen.findByText(ITEM.name);
      expect(screen.queryByTestId('drill-down')).not.toBeInTheDocument();
    },
    SLOW,
  );
});
