import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { mockApi, renderRoutes, renderWithApp, ok } from '../../../test/render';
import { FigureDrillPage, readDrillQuery } from './figure-drill-page';
import { PendingNote } from './pending-note';

const DRILL = {
  figure: 'funds',
  period: 'YTD',
  from: '2026-01-01',
  to: '2026-11-30',
  count: 2,
  total: 1300.25,
  items: [
    { projectId: 7, code: 'TQ2026-007', name: '甲项目', unitName: '吴营山街道', stage: 'SIGNED', value: 1000 },
    { projectId: 9, code: 'TQ2026-009', name: '乙项目', unitName: '吴营山街道', stage: 'REGISTERED', value: 300.25 },
  ],
};

describe('figure drill-down', () => {
  it('lists each project with its funds in the period and the total that equals the figure', async () => {
    const fetch = mockApi({
      'GET /api/cockpit/figures/funds?asOf=2026-11-30&period=YTD&unitId=3': ok(DRILL),
      'GET /api/figures': ok([]),
    });
    renderRoutes('/cockpit/figures/funds?asOf=2026-11-30&period=YTD&unitId=3', {
      '/cockpit/figures/:figure': <FigureDrillPage />,
    });
    expect(await screen.findByText('甲项目')).toBeInTheDocument();
    expect(screen.getByTestId('figure-drill-total')).toHaveTextContent('1,300.25');
    expect(screen.getByTestId('figure-drill-total')).toHaveTextContent('2');
    expect(screen.getByText('300.25')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('refuses a link without a known figure or date', () => {
    expect(readDrillQuery('funds', new URLSearchParams('period=YTD'))).toBeNull();
    expect(readDrillQuery('stalled', new URLSearchParams('asOf=2026-11-30'))).toBeNull();
    expect(readDrillQuery('foreign_usd', new URLSearchParams('asOf=2026-11-30&period=BAD'))?.period).toBe('YTD');
  });

  it('says what waits for confirmation apart from the figures', () => {
    mockApi({ 'GET /api/figures': ok([]) });
    renderWithApp(<PendingNote pending={{ stageChanges: 2, funds: 1 }} canConfirm />);
    expect(screen.getByTestId('cockpit-pending')).toHaveTextContent(
      i18n.t('cockpitPending.message', { total: 3, stages: 2, funds: 1 }),
    );
    expect(screen.getByRole('link', { name: i18n.t('cockpitPending.review') })).toHaveAttribute(
      'href',
      '/confirmations',
    );
  });

  it('says nothing when nothing waits', () => {
    const { container } = renderWithApp(<PendingNote pending={{ stageChanges: 0, funds: 0 }} canConfirm={false} />);
    expect(container.querySelector('[data-testid="cockpit-pending"]')).toBeNull();
  });
});
