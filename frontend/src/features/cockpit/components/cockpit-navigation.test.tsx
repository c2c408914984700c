import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, ok, requests } from '../../../test/render';
import { SAMPLE } from '../test-fixtures';
import { chart, lookups, renderCockpit, t } from '../test-utils';
import { SLOW } from '../../../test/helpers';

vi.mock('echarts-for-react/lib/core', () => import('../../../test/echarts-stub'));

describe('cockpit navigation', () => {
  it(
    'puts the as-of date and the unit in the URL and asks again with them',
    async () => {
      const fetchMock = mockApi({
        ...lookups,
        'GET /api/cockpit?asOf=2026-11-26': ok(SAMPLE),
        'GET /api/cockpit?asOf=2026-11-20': ok({ ...SAMPLE, asOf: '2026-11-20' }),
        'GET /api/cockpit?asOf=2026-11-20&unitId=2': ok({ ...SAMPLE, asOf: '2026-11-20', unitId: 2 }),
      });
      renderCockpit('/cockpit?asOf=2026-11-26');
      await screen.findByTestId('kpi-new-value');
      const location = screen.getByTestId('location');

      await userEvent.click(screen.getByLabelText(t('cockpit.asOf')));
      await userEvent.click(await screen.findByTitle('2026-11-20'));
      await vi.waitFor(() => expect(location).toHaveTextContent('/cockpit?asOf=2026-11-20'));

      await userEvent.click(screen.getByRole('combobox', { name: t('cockpit.unit') }));
      await userEvent.click(await screen.findByTitle('Touzi cujinju'));
      await vi.waitFor(() => expect(location).toHaveTextContent('/cockpit?asOf=2026-11-20&unitId=2'));
      await vi.waitFor(() => expect(requests(fetchMock)).toContain('GET /api/cockpit?asOf=2026-11-20&unitId=2'));
    },
    SLOW,
  );

  it(
    'offers no day after today',
    async () => {
      const today = dayjs().format('YYYY-MM-DD');
      mockApi({ ...lookups, [`GET /api/cockpit?asOf=${today}`]: ok({ ...SAMPLE, asOf: today }) });
      renderCockpit(`/cockpit?asOf=${today}`);
      await screen.findByTestId('kpi-new-value');
      await userEvent.click(screen.getByLabelText(t('cockpit.asOf')));
      // The calendar's six weeks always show the first days of the next month.
      const tomorrow = dayjs().add(1, 'day').format('YYYY-MM-DD');
      expect(await screen.findByTitle(tomorrow)).toHaveClass('ant-picker-cell-disabled');
      expect(screen.getByTitle(today)).not.toHaveClass('ant-picker-cell-disabled');
    },
    SLOW,
  );

  it(
    'opens the projects behind a figure and a chart bar',
    async () => {
      mockApi({ ...lookups, 'GET /api/cockpit': ok(SAMPLE) });
      renderCockpit();
      // Plain clicks: these are links and chart points, and userEvent is slow on a page this size in jsdom.
      fireEvent.click(await screen.findByTestId('kpi-new-signed'));
      const location = screen.getByTestId('location');
      expect(location).toHaveTextContent('/projects?newStage=SIGNED&from=2026-01-01&to=2026-11-26');

      // Money opens the figure's own list: each project with its funds in the period, totalling the figure.
      fireEvent.click(screen.getByTestId('kpi-funds-value'));
      expect(location).toHaveTextContent('/cockpit/figures/funds?asOf=2026-11-26&period=YTD');
      fireEvent.click(screen.getByTestId('kpi-signed-projects'));
      expect(location).toHaveTextContent('/cockpit/figures/signed_projects?asOf=2026-11-26&period=YTD');
      fireEvent.click(screen.getByTestId('kpi-foreign-month'));
      expect(location).toHaveTextContent('/cockpit/figures/foreign_usd?asOf=2026-11-26&period=MONTH');

      // March of this year's bars; the industry bar carries its id.
      const monthly = chart('cockpit.monthly.projectsTitle');
      fireEvent.click(within(within(monthly).getByTestId('series-0')).getAllByRole('button')[2]);
      expect(location).toHaveTextContent('/projects?newStage=ANY&from=2026-03-01&to=2026-03-31');
      const industry = chart('cockpit.breakdown.industry');
      fireEvent.click(within(within(industry).getByTestId('series-0')).getAllByRole('button')[0]);
      expect(location).toHaveTextContent('/projects?newStage=ANY&from=2026-01-01&to=2026-11-26&industryId=7');
    },
    SLOW,
  );

  it(
    'turns the cockpit to a unit from the unit ranking',
    async () => {
      mockApi({
        ...lookups,
        'GET /api/cockpit': ok(SAMPLE),
        'GET /api/cockpit?unitId=1': ok({ ...SAMPLE, unitId: 1 }),
      });
      renderCockpit();
      fireEvent.click(await screen.findByTestId('unit-row-1'));
      await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/cockpit?unitId=1'));
      // Its figures then drill down within it.
      await vi.waitFor(() =>
        expect(screen.getByTestId('kpi-new-landed')).toHaveAttribute(
          'href',
          '/projects?newStage=LANDED&from=2026-01-01&to=2026-11-26&unitId=1',
        ),
      );
    },
    SLOW,
  );
});
