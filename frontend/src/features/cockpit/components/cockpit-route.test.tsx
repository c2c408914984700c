import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/app';
import i18n from '../../../lib/i18n';
import { OFFICER, mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { SAMPLE } from '../test-fixtures';

vi.mock('echarts-for-react/lib/core', () => import('../../../test/echarts-stub'));

describe('cockpit route', () => {
  it('opens the cockpit for a leader', async () => {
    mockApi({
      'GET /api/me': ok({ ...OFFICER, roles: ['leader'], unit: null }),
      'GET /api/units': pageOf([]),
      'GET /api/cockpit': ok(SAMPLE),
      'GET /api/projects/coordination?open=true': ok([]),
    });
    renderWithApp(<App />, { route: '/cockpit' });
    expect(await screen.findByTestId('kpi-new-value')).toHaveTextContent('167');
    expect(screen.getByRole('heading', { name: i18n.t('cockpit.title') })).toBeInTheDocument();
  });

  it('refuses an officer', async () => {
    mockApi({ 'GET /api/me': ok(OFFICER) });
    renderWithApp(<App />, { route: '/cockpit' });
    expect(await screen.findByText(i18n.t('app.forbidden'))).toBeInTheDocument();
  });
});
