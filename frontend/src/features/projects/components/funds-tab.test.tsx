import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { buttonByText as button, findButtonByText as findButton, t } from '../../../test/helpers';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { PROJECT } from '../test-fixtures';
import { FundsTab } from './funds-tab';

const FUNDS = {
  items: [
    {
      id: 71,
      arrivedOn: '2026-11-03',
      amount: 120.5,
      foreignUsd: 10,
      originTier: 'OVERSEAS',
      evidence: 'ICBC slip 20261103-0042',
      recordedBy: 'officer',
      recordedAt: '2026-11-04T01:00:00Z',
      version: 0,
    },
  ],
  totals: {
    asOf: '2026-11-20',
    month: 120.5,
    yearToDate: 1300.2575,
    allTime: 2500,
    foreignUsdMonth: 10,
    foreignUsdYearToDate: 15.5,
    foreignUsdAllTime: 15.5,
  },
};

describe('funds in place', () => {
  it('shows the month, year and all-time totals in both currencies, and each arrival', async () => {
    mockApi({ 'GET /api/projects/5/funds': ok(FUNDS) });
    renderWithApp(<FundsTab project={PROJECT} />);

    const total = async (key: string) => within(await screen.findByTestId(`fund-total-${key}`));
    expect((await total('month')).getByText(t('projects.funds.month'))).toBeInTheDocument();
    expect((await total('month')).getByText('120.5')).toBeInTheDocument();
    expect((await total('yearToDate')).getByText('1,300.2575')).toBeInTheDocument();
    expect((await total('allTime')).getByText('2,500')).toBeInTheDocument();
    expect((await total('usdMonth')).getByText('10')).toBeInTheDocument();
    expect((await total('usdYear')).getByText('15.5')).toBeInTheDocument();
    expect((await total('usdAll')).getByText(t('projects.wanUsd'))).toBeInTheDocument();
    expect(screen.getByText('ICBC slip 20261103-0042')).toBeInTheDocument();
    expect(screen.getByText(t('projects.originTiers.OVERSEAS'))).toBeInTheDocument();
    expect(screen.queryByText(t('projects.funds.status'))).not.toBeInTheDocument();
  });

  it('marks an arrival waiting for review, and one sent back with the reason', async () => {
    const pending = { ...FUNDS.items[0], status: 'PENDING' };
    const returned = {
      ...FUNDS.items[0],
      id: 72,
      evidence: 'CCB slip',
      status: 'RETURNED',
      returnReason: 'Slip amount differs',
    };
    mockApi({ 'GET /api/projects/5/funds': ok({ ...FUNDS, items: [pending, returned] }) });
    renderWithApp(<FundsTab project={PROJECT} />);

    const pendingRow = (await screen.findByText('ICBC slip 20261103-0042')).closest('tr') as HTMLElement;
    expect(within(pendingRow).getByText(t('projects.funds.pending'))).toBeInTheDocument();
    const returnedRow = screen.getByText('CCB slip').closest('tr') as HTMLElement;
    expect(within(returnedRow).getByText(t('projects.funds.returned'))).toBeInTheDocument();
    expect(
      within(returnedRow).getByText(i18n.t('projects.funds.returnReason', { reason: 'Slip amount differs' })),
    ).toBeInTheDocument();
  });

  it('records an arrival with its exact decimals', async () => {
    const fetchMock = mockApi({
      'GET /api/projects/5/funds': ok(FUNDS),
      'POST /api/projects/5/funds': () => ({ status: 201, body: FUNDS.items[0] }),
    });
    renderWithApp(<FundsTab project={PROJECT} />);
    await userEvent.click(await findButton(t('projects.funds.add')));
    await userEvent.type(await screen.findByLabelText(t('projects.funds.amount')), '0.0001');
    await userEvent.type(screen.getByLabelText(t('projects.funds.evidence')), 'slip 7');
    await userEvent.click(button(t('common.save')));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
      amount: 0.0001,
      foreignUsd: null,
      originTier: null,
      evidence: 'slip 7',
    });
  });
});
