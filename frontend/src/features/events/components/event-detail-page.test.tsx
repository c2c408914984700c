import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t, SLOW } from '../../../test/helpers';
import { OFFICER, mockApi, renderRoutes, ok, pageOf, sentBody } from '../../../test/render';
import { ITEM } from '../../projects/test-fixtures';
import { EVENT } from '../test-fixtures';
import { EventDetailPage } from './event-detail-page';

const renderEvent = () => renderRoutes('/events/9', { '/events/:id': <EventDetailPage /> });

describe('event detail', () => {
  it(
    'shows which signed project is credited to an earlier event and does not count it',
    async () => {
      mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/events/9': ok(EVENT) });
      renderEvent();
      expect(await screen.findByRole('heading', { name: EVENT.name })).toBeInTheDocument();
      const elsewhere = screen.getByTestId('credited-elsewhere-6');
      expect(elsewhere).toHaveTextContent(t('events.credit.elsewhere', { event: 'Spring signing ceremony' }));
      expect(within(elsewhere).getByRole('link')).toHaveAttribute('href', '/events/3');
      const counted = screen.getByText('Huaxin battery plant').closest('tr') as HTMLElement;
      expect(within(counted).getByText(t('events.credit.here'))).toBeInTheDocument();
      expect(screen.getByTestId('event-credit-summary')).toHaveTextContent(
        t('events.projects.summary', { all: 2, credited: 1, total: '1,000' }),
      );
    },
    SLOW,
  );

  it(
    'adds a project found by search and removes one',
    async () => {
      const fetchMock = mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/events/9': ok(EVENT),
        'GET /api/projects?q=Jinan&sort=-updatedAt&page=0&size=20': pageOf([
          { ...ITEM, id: 21, name: 'Jinan chip line', code: 'XM2026-00021' },
        ]),
        'POST /api/events/9/projects': ok(EVENT),
        'DELETE /api/events/9/projects/6': () => ({ status: 204 }),
      });
      renderEvent();
      const picker = await screen.findByLabelText(t('events.projects.pick'));
      await userEvent.type(picker, 'Jinan');
      await userEvent.click(await screen.findByText('Jinan chip line (XM2026-00021)'));
      await userEvent.click(screen.getByText(t('events.projects.add')).closest('button') as HTMLElement);
      await vi.waitFor(() => expect(sentBody(fetchMock, 'POST /api/events/9/projects')).toEqual({ projectId: 21 }));

      await userEvent.click(screen.getByRole('button', { name: `${t('common.remove')} Qilu smart factory` }));
      const confirm = await screen.findByRole('tooltip');
      await userEvent.click(within(confirm).getByText(t('common.remove')).closest('button') as HTMLElement);
      await vi.waitFor(() =>
        expect(fetchMock).toHaveBeenCalledWith(
          '/api/events/9/projects/6',
          expect.objectContaining({ method: 'DELETE' }),
        ),
      );
    },
    SLOW,
  );

  it(
    'offers no changes to a reader',
    async () => {
      mockApi({
        'GET /api/me': ok({ ...OFFICER, roles: ['stats'] }),
        'GET /api/events/9': ok({ ...EVENT, canEdit: false }),
      });
      renderEvent();
      await screen.findByRole('heading', { name: EVENT.name });
      expect(screen.queryByLabelText(t('events.projects.pick'))).not.toBeInTheDocument();
      expect(screen.queryByText(t('common.edit'))).not.toBeInTheDocument();
    },
    SLOW,
  );
});
