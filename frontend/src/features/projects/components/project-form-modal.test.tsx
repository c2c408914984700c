import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buttonByText as button, findButtonByText as findButton, t } from '../../../test/helpers';
import { mockApi, renderWithApp, ok, pageOf, inTurn } from '../../../test/render';
import { PROJECT } from '../test-fixtures';
import { formatMoney } from '../../../lib/format';
import { ProjectFormModal } from './project-form-modal';

const lookups = {
  'GET /api/industries?includeRetired=false': pageOf([{ id: 2, code: 'materials', name: 'New materials' }]),
  'GET /api/zones': pageOf([]),
  'GET /api/parks': pageOf([]),
};
/** Someone else raised the investment and changed the sponsoring leader meanwhile. */
const CURRENT = { ...PROJECT, totalInvestment: 1200, sponsorLeader: 'Zhao Min', version: 4 };

describe('project form: concurrent edit', () => {
  it('shows what changed on the server and overwrites with the new version on request', async () => {
    const fetchMock = mockApi({
      ...lookups,
      'PUT /api/projects/5': inTurn(
        () => ({
          status: 412,
          contentType: 'application/problem+json',
          body: { status: 412, code: 'version.stale', detail: 'stale' },
        }),
        ok({ ...CURRENT, name: 'Huaxin battery plant II', version: 5 }),
      ),
      'GET /api/projects/5': ok(CURRENT),
    });
    const onClose = vi.fn();
    renderWithApp(<ProjectFormModal project={PROJECT} onClose={onClose} />);

    const name = await screen.findByLabelText(t('projects.fields.name'));
    await userEvent.type(name, ' II');
    await userEvent.click(button(t('common.save')));

    expect(await screen.findByText(t('projects.conflict.title'))).toBeInTheDocument();
    const table = screen.getByRole('table');
    const rowOf = (label: string) => within(table).getByText(label).closest('tr') as HTMLElement;
    const investment = rowOf(t('projects.fields.totalInvestment'));
    expect(within(investment).getAllByText(formatMoney(1000))).toHaveLength(2); // when opened, and still mine
    expect(within(investment).getByText(formatMoney(1200))).toBeInTheDocument();
    const leader = rowOf(t('projects.fields.sponsorLeader'));
    expect(within(leader).getAllByText('Li Hua')).toHaveLength(2);
    expect(within(leader).getByText('Zhao Min')).toBeInTheDocument();
    // The name changed only in this form, not on the server: not a conflict.
    expect(within(table).queryByText(t('projects.fields.name'))).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();

    await userEvent.click(button(t('projects.conflict.overwrite')));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());

    const [first, second] = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT');
    expect((first[1]?.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect((second[1]?.headers as Record<string, string>)['If-Match']).toBe('"4"');
    expect(JSON.parse(String(second[1]?.body))).toMatchObject({
      name: 'Huaxin battery plant II',
      totalInvestment: 1000,
      sponsorLeader: 'Li Hua',
      investorEnterpriseIds: [31],
      // Computed tier stays automatic; fields the form does not show are carried over.
      originTier: null,
      code: 'XM2026-00005',
      industryCode: 'C3841',
      source: 'Expo 2026',
    });
  });

  it('discards the edit and reloads when asked', async () => {
    mockApi({
      ...lookups,
      'PUT /api/projects/5': () => ({
        status: 412,
        contentType: 'application/problem+json',
        body: { status: 412, code: 'version.stale' },
      }),
      'GET /api/projects/5': ok(CURRENT),
    });
    const onClose = vi.fn();
    renderWithApp(<ProjectFormModal project={PROJECT} onClose={onClose} />);
    await screen.findByLabelText(t('projects.fields.name'));
    await userEvent.click(button(t('common.save')));
    await userEvent.click(await findButton(t('projects.conflict.discard')));
    expect(onClose).toHaveBeenCalled();
  });
});
