import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { OFFICER, failingOnce, mockApi, ok } from '../../../test/render';
import { SAMPLE, openRequest } from '../test-fixtures';
import { chart, lookups, renderCockpit, t } from '../test-utils';
import { SLOW } from '../../../test/helpers';

vi.mock('echarts-for-react/lib/core', () => import('../../../test/echarts-stub'));

describe('cockpit', () => {
  it(
    'shows the headline figures of the sample answer',
    async () => {
      mockApi({ ...lookups, 'GET /api/cockpit': ok(SAMPLE) });
      renderCockpit();

      expect(await screen.findByTestId('kpi-new-value')).toHaveTextContent('167');
      expect(screen.getByTestId('kpi-new-negotiating')).toHaveTextContent('72');
      expect(screen.getByTestId('kpi-new-signed')).toHaveTextContent('58');
      expect(screen.getByTestId('kpi-new-landed')).toHaveTextContent('37');
      // 167 against 140 last year.
      expect(screen.getByLabelText(t('cockpit.yoy.up', { percent: '19.3%' }))).toBeInTheDocument();
      expect(screen.getByTestId('kpi-month-value')).toHaveTextContent('10');
      // 10k CNY shown as 100M CNY with two decimals.
      expect(screen.getByTestId('kpi-investment-value')).toHaveTextContent(/^311\.00$/);
      expect(screen.getByTestId('kpi-funds-value')).toHaveTextContent(/^88\.00$/);
      expect(screen.getByTestId('kpi-funds-month')).toHaveTextContent('5.20');
      expect(screen.getByLabelText(t('cockpit.yoy.down', { percent: '12%' }))).toBeInTheDocument();
      expect(screen.getByTestId('kpi-foreign-value')).toHaveTextContent('8,092');
      expect(screen.getByTestId('kpi-trips-value')).toHaveTextContent('—');
      expect(screen.getByTestId('kpi-events-value')).toHaveTextContent('—');
      fireEvent.mouseEnter(screen.getByTestId('kpi-trips-value'));
      expect(await screen.findByText(t('cockpit.notYet'))).toBeInTheDocument();

      // What the charts are given: the funnel's reached counts, this year's and last year's months.
      const points = (titleKey: string, series = 0) =>
        within(within(chart(titleKey)).getByTestId(`series-${series}`))
          .getAllByRole('button')
          .map((point) => point.textContent);
      expect(points('cockpit.funnel.title')).toEqual(['120', '70', '37', '20', '8']);
      expect(points('cockpit.monthly.projectsTitle')).toHaveLength(11);
      expect(points('cockpit.monthly.projectsTitle', 1)[0]).toBe('12');
      // 80000 (10k CNY) a month is 8 (100M CNY).
      expect(points('cockpit.monthly.fundsTitle')[0]).toBe('8');

      // Stalled and key projects, with their reasons and sponsor leaders.
      expect(screen.getByText('Signed 95 days ago and not yet registered')).toBeInTheDocument();
      expect(screen.getByText('Qilu smart factory').closest('a')).toHaveAttribute('href', '/projects/11');
      // The unit and the sponsor under the project's name, so the money columns fit half a 1366 px screen.
      expect(screen.getByText(/包挂领导：Li Hua/)).toBeInTheDocument();
      expect(screen.getByText('12,000.25')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'shows leader-led trips and events with their totals, opening the trips and events behind them',
    async () => {
      mockApi({
        ...lookups,
        'GET /api/cockpit': ok({ ...SAMPLE, trips: 14, tripsTotal: 20, events: 8, eventSignedProjects: 30 }),
      });
      renderCockpit();
      const trips = await screen.findByTestId('kpi-trips-value');
      expect(trips).toHaveTextContent('14');
      expect(trips).toHaveAttribute('href', '/trips?year=2026&leaderLed=true');
      expect(screen.getByTestId('kpi-trips-total')).toHaveTextContent(t('trips.cockpit.total', { count: 20 }));
      const events = screen.getByTestId('kpi-events-value');
      expect(events).toHaveTextContent('8');
      expect(events).toHaveAttribute('href', '/events?year=2026');
      expect(screen.getByTestId('kpi-events-signed')).toHaveTextContent(t('events.cockpit.signed', { count: 30 }));
    },
    SLOW,
  );

  it(
    'states the period in words',
    async () => {
      await i18n.changeLanguage('en');
      mockApi({ ...lookups, 'GET /api/cockpit?asOf=2026-11-26': ok(SAMPLE) });
      renderCockpit('/cockpit?asOf=2026-11-26');
      expect(await screen.findByTestId('cockpit-period')).toHaveTextContent('January 1, 2026 – November 26');
    },
    SLOW,
  );

  it(
    "keeps a unit head to their own unit's figures",
    async () => {
      const head = { ...OFFICER, roles: ['unit_head'] };
      const fetchMock = mockApi({
        ...lookups,
        'GET /api/me': ok(head),
        'GET /api/cockpit?unitId=1': ok({ ...SAMPLE, unitId: 1 }),
      });
      renderCockpit('/cockpit?unitId=2');
      await screen.findByTestId('kpi-new-value');
      expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((u) => u.startsWith('/api/cockpit'))).toEqual([
        '/api/cockpit?unitId=1',
      ]);
      expect(screen.getByRole('combobox', { name: t('cockpit.unit') })).toBeDisabled();
    },
    SLOW,
  );

  it(
    "shows a unit head their own unit's coordination requests, which they may close; a statistician only reads them",
    async () => {
      const head = { ...OFFICER, roles: ['unit_head'] };
      const requests = [
        openRequest(101, 11, 'Qilu smart factory', '2026-10-01'),
        openRequest(102, 12, 'Huaxin battery plant', '2026-09-01', 'Touzi cujinju'),
      ];
      const routes = {
        ...lookups,
        'GET /api/projects/coordination?open=true': ok(requests),
        'GET /api/cockpit': ok(SAMPLE),
        'GET /api/cockpit?unitId=1': ok({ ...SAMPLE, unitId: 1 }),
      };
      mockApi({ ...routes, 'GET /api/me': ok(head) });
      const { unmount } = renderCockpit();
      const card = await screen.findByTestId('coordination-card');
      expect(await within(card).findByText('Qilu smart factory')).toBeInTheDocument();
      expect(within(card).queryByText('Huaxin battery plant')).not.toBeInTheDocument();
      expect(within(card).getByRole('button', { name: t('projects.worklog.resolve') })).toBeInTheDocument();
      unmount();

      mockApi({ ...routes, 'GET /api/me': ok({ ...head, roles: ['stats'], unit: null }) });
      renderCockpit();
      const all = await screen.findByTestId('coordination-card');
      expect(await within(all).findByText('Huaxin battery plant')).toBeInTheDocument();
      expect(within(all).getByText('Qilu smart factory')).toBeInTheDocument();
      expect(within(all).queryByRole('button', { name: t('projects.worklog.resolve') })).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'says what went wrong and tries again',
    async () => {
      mockApi({
        ...lookups,
        'GET /api/cockpit': failingOnce(ok(SAMPLE)),
      });
      renderCockpit();
      expect(await screen.findByText(t('errors.internal.error'))).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: t('common.retry') }));
      expect(await screen.findByTestId('kpi-new-value')).toHaveTextContent('167');
      expect(screen.queryByText(t('errors.internal.error'))).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'shows empty lists as such',
    async () => {
      mockApi({ ...lookups, 'GET /api/cockpit': ok({ ...SAMPLE, stalled: [], keyProjects: [], byZone: [] }) });
      renderCockpit();
      expect(await screen.findByText(t('cockpit.stalled.empty'))).toBeInTheDocument();
      expect(screen.getByText(t('cockpit.keyProjects.empty'))).toBeInTheDocument();
      expect(screen.getByText(t('cockpit.empty'))).toBeInTheDocument();
      expect(await screen.findByText(t('cockpit.coordination.empty'))).toBeInTheDocument();
    },
    SLOW,
  );
});
