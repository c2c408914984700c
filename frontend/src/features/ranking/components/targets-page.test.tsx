import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { ADMIN, mockApi, renderWithApp, ok } from '../../../test/render';
import { GRID, RULE } from '../test-fixtures';
import { TargetsPage } from './targets-page';

const lookups = {
  'GET /api/me': ok(ADMIN),
  'GET /api/targets?year=2026': ok(GRID),
  'GET /api/ranking-rule?year=2026': ok(RULE),
};

describe('targets page', () => {
  it('saves the whole grid with its version, and puts the server’s refusal on the cell', async () => {
    const sent: RequestInit[] = [];
    mockApi({
      ...lookups,
      'PUT /api/targets?year=2026': (init) => {
        sent.push(init as RequestInit);
        return {
          status: 422,
          contentType: 'application/problem+json',
          body: {
            status: 422,
            code: 'targets.invalid',
            violations: [{ field: 'units[1].targets.FUNDS', message: 'At most four decimals.' }],
          },
        };
      },
    });
    renderWithApp(<TargetsPage />, { route: '/admin/targets?year=2026' });
    const funds = await screen.findByLabelText(`Luokou ${t('ranking.metric.FUNDS')}`);
    await vi.waitFor(() => expect(funds).not.toBeDisabled());
    await userEvent.type(funds, '80000.5');
    await userEvent.click(screen.getByRole('button', { name: t('ranking.targets.save') }));

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect((sent[0].headers as Record<string, string>)['If-Match']).toBe('"2"');
    expect(JSON.parse(String(sent[0].body))).toEqual({
      units: [
        { unitId: 1, targets: { SIGNED: 12, LANDED: 4, FUNDS: 100000 } },
        { unitId: 2, targets: { FUNDS: 80000.5 } },
      ],
    });
    expect(await screen.findByText('At most four decimals.')).toBeInTheDocument();
  });

  it('keeps the rule’s save button off until the weights add up to 100', async () => {
    mockApi(lookups);
    renderWithApp(<TargetsPage />, { route: '/admin/targets?year=2026' });
    const signed = await screen.findByLabelText(t('ranking.metric.SIGNED'));
    await vi.waitFor(() => expect(signed).toHaveValue('25.00'));
    expect(screen.getByTestId('weight-sum')).toHaveTextContent(t('ranking.rule.weightSumOk'));
    await userEvent.clear(signed);
    await userEvent.type(signed, '30');
    await vi.waitFor(() =>
      expect(screen.getByTestId('weight-sum')).toHaveTextContent(t('ranking.rule.weightSum', { sum: 105 })),
    );
    expect(screen.getByRole('button', { name: t('ranking.rule.save') })).toBeDisabled();
  });
});
