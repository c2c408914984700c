import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t, SLOW } from '../../../test/helpers';
import { mockApi, renderRoutes, ok, pageOf } from '../../../test/render';
import { VISIT } from '../../trips/test-fixtures';
import { PROJECT } from '../test-fixtures';
import { ProjectDetailPage } from './project-detail-page';

const LINKED = {
  ...PROJECT,
  leadId: 7,
  leadTitle: 'Huaxin regional headquarters',
  tripId: 4,
  tripTitle: 'Shenzhen outreach',
  events: [
    { id: 3, name: 'Spring signing ceremony', heldOn: '2026-04-01', credited: true },
    { id: 9, name: 'New materials promotion', heldOn: '2026-05-20', credited: false },
  ],
};

describe('project detail: engagement links', () => {
  it(
    'links the source lead, the trip and the events, and lists the visits made for the project',
    async () => {
      const fetchMock = mockApi({
        'GET /api/projects/5': ok(LINKED),
        'GET /api/projects/5/transitions': ok([]),
        'GET /api/visits?projectId=5&size=200': pageOf([VISIT]),
        'GET /api/industries/gbt4754': ok({ edition: 2017, items: [{ code: 'C38', name: '电气机械和器材制造业' }] }),
      });
      renderRoutes('/projects/5', { '/projects/:id': <ProjectDetailPage /> });
      expect(await screen.findByText('Huaxin regional headquarters')).toHaveAttribute('href', '/leads/7');
      expect(screen.getByText('Shenzhen outreach')).toHaveAttribute('href', '/trips/4');
      const events = screen.getByTestId('project-events');
      expect(within(events).getByText('Spring signing ceremony')).toHaveAttribute('href', '/events/3');
      expect(within(events).getByText(t('events.projectLink.credited'))).toBeInTheDocument();
      expect(within(events).getByText(t('events.projectLink.notCredited'))).toBeInTheDocument();
      // a GB/T 4754 code stands with a name: a class (C3841) with its division's
      expect(await screen.findByText(/电气机械和器材制造业/)).toHaveTextContent(
        'C3841 （属 C38 电气机械和器材制造业）',
      );

      await userEvent.click(screen.getByRole('tab', { name: t('trips.visits.title') }));
      expect(await screen.findByText(VISIT.summary)).toBeInTheDocument();
      const row = screen.getByText(VISIT.summary).closest('tr') as HTMLElement;
      expect(within(row).getByText(VISIT.summary).closest('a')).toHaveAttribute('href', '/visits/12');
      expect(within(row).getByText(VISIT.enterpriseName)).toHaveAttribute('href', '/enterprises/31');
      expect(within(row).getByText('2026-03-03')).toBeInTheDocument();
      expect(within(row).getByText(t('trips.visitKinds.ON_SITE'))).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith('/api/visits?projectId=5&size=200', expect.anything());
    },
    SLOW,
  );
});
