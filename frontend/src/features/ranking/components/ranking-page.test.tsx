import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { OFFICER, mockApi, renderWithApp, ok } from '../../../test/render';
import { FIGURES } from '../../figures/test-fixtures';
import { RANKING } from '../test-fixtures';
import { RankingCard } from './ranking-card';
import { RankingPage } from './ranking-page';

vi.mock('echarts-for-react/lib/core', () => import('../../../test/echarts-stub'));

describe('ranking page', () => {
  it('shows each unit with completion, the points against time progress, score and rank', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/ranking?year=2026&asOf=2026-06-30': ok(RANKING),
    });
    renderWithApp(<RankingPage />, { route: '/ranking?asOf=2026-06-30' });

    const first = await screen.findByTestId('ranking-row-1');
    expect(within(first).getByText('58.33%')).toBeInTheDocument();
    expect(within(first).getByText(t('ranking.pace.ahead', { points: '8.33' }))).toBeInTheDocument();
    expect(within(first).getByText(t('ranking.pace.onPace'))).toBeInTheDocument();
    expect(within(first).getByText(t('ranking.notAssessed'))).toBeInTheDocument();
    expect(within(first).getByText('104.50')).toBeInTheDocument();
    const second = screen.getByTestId('ranking-row-2');
    expect(within(second).getByText(t('ranking.pace.behind', { points: '35' }))).toBeInTheDocument();
    expect(within(screen.getByTestId('ranking-row-3')).getByText(t('ranking.unranked'))).toBeInTheDocument();
    expect(screen.getByTestId('time-progress')).toHaveTextContent(
      t('ranking.timeProgress', { percent: '50.0%', month: 6 }),
    );

    // The chart shows ranked units only, best first.
    const bars = within(screen.getByTestId('series-0'))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(bars).toEqual(['104.5', '71.25']);
    expect(fetchMock).toHaveBeenCalledWith('/api/ranking?year=2026&asOf=2026-06-30', expect.anything());
  });

  it('names each metric as the catalogue does, with an ⓘ beside every figure, and ahead in red', async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/figures': ok(FIGURES),
      'GET /api/ranking?year=2026&asOf=2026-06-30': ok(RANKING),
    });
    renderWithApp(<RankingPage />, { route: '/ranking?asOf=2026-06-30' });
    const first = await screen.findByTestId('ranking-row-1');
    expect(screen.getAllByText('新签约项目（含已落地）（个）').length).toBeGreaterThan(0);
    // The title, the time progress, four metrics and the score.
    expect(screen.getAllByTestId('figure-info').length).toBeGreaterThanOrEqual(7);
    expect((await screen.findAllByRole('button', { name: '口径说明：新签约项目（含已落地）' })).length).toBeGreaterThan(
      0,
    );
    const ahead = within(first).getByText(t('ranking.pace.ahead', { points: '8.33' }));
    expect(getComputedStyle(ahead).color).toBe('rgb(255, 77, 79)');
  });

  it('shows a card per unit on a phone, whose labels and pace phrases wrap as whole words', async () => {
    const desktop = window.matchMedia;
    // A 390 px screen: no min-width breakpoint matches.
    window.matchMedia = ((query: string) => ({ ...desktop(query), matches: false })) as typeof window.matchMedia;
    try {
      mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/ranking?year=2026&asOf=2026-06-30': ok(RANKING),
      });
      renderWithApp(<RankingPage />, { route: '/ranking?asOf=2026-06-30' });
      await screen.findByTestId('ranking-row-1');
      // The list settles after the screen size is read: query the card as it stands then.
      await vi.waitFor(() =>
        expect(within(screen.getByTestId('ranking-row-1')).getByText('104.50')).toBeInTheDocument(),
      );
      const first = screen.getByTestId('ranking-row-1');
      expect(document.querySelector('table')).toBeNull();
      // A narrow card breaks a metric's name before its unit, never inside a word ("...(10k U" / "SD)").
      const names = within(first).getAllByTestId('metric-name');
      expect(names.map((n) => n.textContent)).toEqual(
        (['SIGNED', 'LANDED', 'FUNDS', 'FOREIGN_USD'] as const).map((m) =>
          t('ranking.metricTitle', { metric: t(`ranking.metric.${m}`), unit: t(`ranking.metricUnit.${m}`) }),
        ),
      );
      for (const name of names) expect(name).toHaveStyle({ wordBreak: 'keep-all' });
      // "x points ahead" moves to the next line whole rather than leaving "points" alone there.
      const pace = within(first).getByText(t('ranking.pace.ahead', { points: '8.33' }));
      expect(pace).toHaveAttribute('data-testid', 'pace');
      expect(pace).toHaveStyle({ display: 'inline-block', wordBreak: 'keep-all' });
    } finally {
      window.matchMedia = desktop;
    }
  });

  it('says so when the year has no targets', async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/ranking?year=2024': ok({ ...RANKING, year: 2024, units: [] }),
    });
    renderWithApp(<RankingPage />, { route: '/ranking?year=2024' });
    expect(await screen.findByText(t('ranking.empty', { year: 2024 }))).toBeInTheDocument();
    expect(screen.queryByTestId('echart')).not.toBeInTheDocument();
  });
});

describe('ranking card on the cockpit', () => {
  it('lists the top units and links to the whole table at the same day', async () => {
    mockApi({ 'GET /api/ranking?asOf=2026-06-30': ok(RANKING) });
    renderWithApp(<RankingCard asOf="2026-06-30" unitId={2} />);
    const card = await screen.findByTestId('ranking-card');
    expect(await within(card).findByText('Wuyingshan')).toBeInTheDocument();
    expect(within(card).getByText('Luokou')).toBeInTheDocument();
    expect(within(card).queryByText('Beicun')).not.toBeInTheDocument();
    expect(within(card).getByRole('link', { name: t('ranking.card.viewAll') })).toHaveAttribute(
      'href',
      '/ranking?asOf=2026-06-30',
    );
  });
});
