import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { mockApi, pageOf } from '../../../test/render';
import { ITEM } from '../test-fixtures';
import { LIST_LOOKUPS, expectListAt, renderProjectsList } from '../test-utils';

describe('projects opened from the cockpit', () => {
  it('sends the drill-down to the server, says what it is and clears it', async () => {
    const fetchMock = mockApi({
      ...LIST_LOOKUPS,
      'GET /api/projects?unitId=3&newStage=SIGNED&from=2026-01-01&to=2026-11-26&sort=-updatedAt&page=0&size=20': pageOf(
        [ITEM],
      ),
      'GET /api/projects?unitId=3&sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
    });
    renderProjectsList('/projects?newStage=SIGNED&from=2026-01-01&to=2026-11-26&unitId=3');

    await screen.findByText(ITEM.name);
    const alert = screen.getByTestId('drill-down');
    expect(alert).toHaveTextContent(i18n.t('projects.drillDown.newStage.SIGNED'));
    expect(alert).toHaveTextContent('2026');

    await userEvent.click(screen.getByRole('button', { name: i18n.t('projects.drillDown.clear') }));
    // The cockpit's period and counting rule go; the unit it was opened for stays, visible in the filter bar.
    await expectListAt(fetchMock, 'unitId=3');
    expect(screen.queryByTestId('drill-down')).not.toBeInTheDocument();
  });

  it('words the period and the figure', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      ...LIST_LOOKUPS,
      'GET /api/projects?withFunds=true&from=2026-01-01&to=2026-11-26&sort=-updatedAt&page=0&size=20': pageOf([]),
    });
    renderProjectsList('/projects?withFunds=true&from=2026-01-01&to=2026-11-26');
    expect(await screen.findByTestId('drill-down')).toHaveTextContent(
      'From the cockpit: projects with funds arriving, January 1, 2026 – November 26',
    );
  });

  it('shows nothing when the list was not opened from the cockpit', async () => {
    mockApi({ ...LIST_LOOKUPS, 'GET /api/projects?sort=-updatedAt&page=0&size=20': pageOf([ITEM]) });
    renderProjectsList('/projects');
    await screen.findByText(ITEM.name);
    expect(screen.queryByTestId('drill-down')).not.toBeInTheDocument();
  });
});
