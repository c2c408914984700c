import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { ADMIN, mockApi, renderWithApp, ok } from '../../../test/render';
import type { ClockRules } from '../api/types';
import { LeadClockRulesPage } from './lead-clock-rules-page';

const RULES: ClockRules = {
  respondDays: 1,
  assessDays: 3,
  feedbackDays: 7,
  progressEveryDays: 14,
  workingDays: false,
  version: 4,
};

describe('lead clock rules', () => {
  it('saves the rules with their version in If-Match', async () => {
    let saved: RequestInit | undefined;
    mockApi({
      'GET /api/me': ok(ADMIN),
      'GET /api/leads/clock-rules': ok(RULES),
      'PUT /api/leads/clock-rules': (init) => {
        saved = init;
        return { status: 200, body: { ...RULES, assessDays: 5, workingDays: true, version: 5 } };
      },
    });
    renderWithApp(<LeadClockRulesPage />, { route: '/admin/lead-clocks' });
    const assess = await screen.findByLabelText(t('leads.clockRules.assessDays'));
    await vi.waitFor(() => expect(assess).not.toBeDisabled());
    await userEvent.clear(assess);
    await userEvent.type(assess, '5');
    await userEvent.click(screen.getByRole('switch', { name: t('leads.clockRules.workingDays') }));
    await userEvent.click(screen.getByText(t('common.save')).closest('button') as HTMLElement);

    await vi.waitFor(() => expect(saved).toBeDefined());
    expect((saved?.headers as Record<string, string>)['If-Match']).toBe('"4"');
    expect(JSON.parse(String(saved?.body))).toEqual({
      respondDays: 1,
      assessDays: 5,
      feedbackDays: 7,
      progressEveryDays: 14,
      workingDays: true,
    });
    expect(await screen.findByText(t('leads.clockRules.saved'))).toBeInTheDocument();
  });

  it('reloads the rules when someone else saved them first', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(ADMIN),
      'GET /api/leads/clock-rules': ok(RULES),
      'PUT /api/leads/clock-rules': () => ({ status: 412, body: { status: 412, code: 'version.stale' } }),
    });
    renderWithApp(<LeadClockRulesPage />, { route: '/admin/lead-clocks' });
    const respond = await screen.findByLabelText(t('leads.clockRules.respondDays'));
    await vi.waitFor(() => expect(respond).not.toBeDisabled());
    await userEvent.click(screen.getByText(t('common.save')).closest('button') as HTMLElement);
    expect(await screen.findByText(t('errors.version.stale'))).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(
        fetchMock.mock.calls.filter(([url, init]) => url === '/api/leads/clock-rules' && !init?.method?.startsWith('P'))
          .length,
      ).toBeGreaterThanOrEqual(2),
    );
  });
});
