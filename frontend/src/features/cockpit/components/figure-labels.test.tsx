import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { FIGURES } from '../../figures/test-fixtures';
import { SAMPLE } from '../test-fixtures';
import { chart } from '../test-utils';
import { FunnelChart } from './funnel-chart';
import { KpiCards } from './kpi-cards';
import { MonthlyChart } from './monthly-chart';
import { UnitRanking } from './unit-ranking';

vi.mock('echarts-for-react/lib/core', () => import('../../../test/echarts-stub'));

/** The cockpit names each figure by its one name (docs/figures.md) and puts its ⓘ beside it. */
describe('the cockpit names its figures as the catalogue does', () => {
  it('calls the headline and its parts by their names, each card with its ⓘ', async () => {
    mockApi({ 'GET /api/figures': ok(FIGURES) });
    renderWithApp(<KpiCards data={SAMPLE} />);
    const headline = screen.getByTestId('kpi-new');
    expect(headline).toHaveTextContent('新在谈、签约、落地项目');
    expect(headline).toHaveTextContent(/其中：在谈\s*72.*签约\s*58.*落地\s*37/);
    expect(screen.getByTestId('kpi-month')).toHaveTextContent('本月新在谈、签约、落地项目');
    expect(screen.getByTestId('kpi-investment')).toHaveTextContent('新增项目计划总投资');
    expect(screen.getByTestId('kpi-trips')).toHaveTextContent('领导带队外出招商');
    // Seven cards, and 新签约项目（含已落地） under the headline, a figure of its own.
    expect(headline).toHaveTextContent('新签约项目（含已落地）95 个');
    expect(screen.getAllByTestId('figure-info')).toHaveLength(8);
    // Headline money in 亿元 with two decimals.
    expect(screen.getByTestId('kpi-funds-value')).toHaveTextContent(/^88\.00$/);
    expect(
      await within(screen.getByTestId('kpi-funds')).findByRole('button', { name: '口径说明：到位资金' }),
    ).toBeInTheDocument();
  });

  it('counts the funnel from the projects that entered it this year, not from those negotiating', () => {
    mockApi({ 'GET /api/figures': ok(FIGURES) });
    renderWithApp(<FunnelChart stages={SAMPLE.funnel.stages} />);
    const bars = within(chart('cockpit.funnel.title')).getAllByRole('button');
    expect(bars.map((bar) => bar.dataset.name)).toEqual(['本年进入漏斗', '签约', '注册（落地）', '开工', '投产/运营']);
    expect(bars[0]).toHaveTextContent('120');
  });

  it('says what the monthly bars count', () => {
    mockApi({ 'GET /api/figures': ok(FIGURES) });
    renderWithApp(<MonthlyChart data={SAMPLE} kind="projects" />);
    expect(chart('cockpit.monthly.projectsTitle')).toHaveAttribute('aria-label', '每月新增项目（按当月所达最远阶段）');
  });

  it('shows the unit table in 万元', () => {
    mockApi({ 'GET /api/figures': ok(FIGURES) });
    renderWithApp(<UnitRanking data={SAMPLE} onSelectUnit={() => {}} />);
    expect(screen.getAllByText('新增项目计划总投资（万元）').length).toBeGreaterThan(0);
    expect(screen.getAllByText('其中：签约、落地（个）').length).toBeGreaterThan(0);
    const row = screen.getByTestId('unit-row-1');
    expect(row).toHaveTextContent('1,200,000');
    expect(row).toHaveTextContent('400,000');
  });
});
