import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import type { StallRule } from '../api/types';
import { StallRulesPage } from './stall-rules-page';

const RULES: StallRule[] = [
  { id: 1, stage: 'NEGOTIATING', kind: 'NO_WORKLOG', days: 60, enabled: true, version: 2 },
  { id: 2, stage: 'SIGNED', kind: 'STUCK', days: 90, enabled: true, version: 5 },
];

describe('stall rules', () => {
  it('describes each rule and saves a row with its version in If-Match', async () => {
    let saved: RequestInit | undefined;
    const fetchMock = mockApi({
      'GET /api/projects/stall-rules': ok(RULES),
      'PUT /api/projects/stall-rules/2': (init) => {
        saved = init;
        return { status: 200, body: { ...RULES[1], days: 120, enabled: false, version: 6 } };
      },
    });
    renderWithApp(<StallRulesPage />, { route: '/admin/stall-rules' });

    expect(
      await screen.findByText(
        t('stallRules.describe.NO_WORKLOG', { stage: t('projects.stages.NEGOTIATING'), days: 60 }),
      ),
    ).toBeInTheDocument();
    const row = screen.getByTestId('stall-rule-2');
    expect(
      within(row).getByText(t('stallRules.describe.STUCK', { stage: t('projects.stages.SIGNED'), days: 90 })),
    ).toBeInTheDocument();

    const days = within(row).getByRole('spinbutton');
    await userEvent.clear(days);
    await userEvent.type(days, '120');
    await userEvent.click(within(row).getByRole('switch'));
    await userEvent.click(within(row).getByRole('button', { name: t('stallRules.save') }));

    await vi.waitFor(() => expect(saved).toBeDefined());
    expect((saved?.headers as Record<string, string>)['If-Match']).toBe('"5"');
    expect(JSON.parse(String(saved?.body))).toEqual({ days: 120, enabled: false });
    expect(await screen.findByText(t('stallRules.saved'))).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/projects/stall-rules/2', expect.objectContaining({ method: 'PUT' }));
  });

  it('reloads the rules when someone else changed the rule first', async () => {
    const fetchMock = mockApi({
      'GET /api/projects/stall-rules': ok(RULES),
      'PUT /api/projects/stall-rules/1': () => ({ status: 412, body: { status: 412, code: 'version.stale' } }),
    });
    renderWithApp(<StallRulesPage />, { route: '/admin/stall-rules' });
    const row = await screen.findByTestId('stall-rule-1');
    await userEvent.click(within(row).getByRole('switch'));
    await userEvent.click(within(row).getByRole('button', { name: t('stallRules.save') }));
    expect(await screen.findByText(t('errors.version.stale'))).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(
        fetchMock.mock.calls.filter(([url, init]) => url === '/api/projects/stall-rules' && init?.method === 'GET')
          .length,
      ).toBeGreaterThanOrEqual(2),
    );
  });
});
