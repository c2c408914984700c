import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OFFICER, mockApi, ok, renderWithApp, type Answer } from '../../../test/render';
import { t } from '../../../test/helpers';
import { NONE_PENDING, PENDING, STAGE_CHANGE } from '../test-fixtures';
import { ConfirmationsPage } from './confirmations-page';

const me = (roles: string[]) => ({ 'GET /api/me': ok({ ...OFFICER, roles }) });
/** The review queue for someone with these roles, the server holding `pending` and answering `more`. */
function openQueue(roles: string[], pending: unknown, more: Record<string, Answer> = {}) {
  const fetchMock = mockApi({ ...me(roles), 'GET /api/confirmations': ok(pending), ...more });
  renderWithApp(<ConfirmationsPage />, { route: '/confirmations' });
  return fetchMock;
}
const bodyOf = (init?: RequestInit) => JSON.parse(String(init?.body));
const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('confirmations page', () => {
  it('confirms the two selected changes in one request', async () => {
    const confirm = vi.fn((init?: RequestInit) => ({ status: 200, body: { confirmed: bodyOf(init).items.length } }));
    const fetchMock = openQueue(['unit_head'], PENDING, { 'POST /api/confirmations/confirm': confirm });

    await screen.findByText('Huaxin battery plant');
    const stageRow = rowOf('Huaxin battery plant');
    expect(within(stageRow).getByRole('link')).toHaveAttribute('href', '/projects/7');
    expect(within(stageRow).getByText(t('confirmations.kinds.STAGE'))).toBeInTheDocument();
    expect(within(stageRow).getByText(t('confirmations.stage.correction'))).toBeInTheDocument();
    expect(
      within(stageRow).getByText(t('confirmations.stage.effectiveDate', { date: '2026-11-18' })),
    ).toBeInTheDocument();
    const fundRow = rowOf('Lubang cold chain');
    expect(within(fundRow).getByText(t('confirmations.fund.amount', { amount: '1,200' }))).toBeInTheDocument();
    expect(within(fundRow).getByText(t('confirmations.fund.foreignUsd', { amount: '35.5' }))).toBeInTheDocument();

    expect(screen.getByText(t('confirmations.confirmSelected', { n: 0 })).closest('button')).toBeDisabled();
    await userEvent.click(screen.getByLabelText(t('confirmations.select', { name: 'Huaxin battery plant' })));
    await userEvent.click(screen.getByLabelText(t('confirmations.select', { name: 'Lubang cold chain' })));
    await userEvent.click(screen.getByText(t('confirmations.confirmSelected', { n: 2 })));

    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(bodyOf(confirm.mock.calls[0][0])).toEqual({
      items: [
        { kind: 'STAGE', id: 41 },
        { kind: 'FUND', id: 9 },
      ],
    });
    expect(await screen.findByText(t('confirmations.confirmed', { n: 2 }))).toBeInTheDocument();
    // The list is read again.
    await vi.waitFor(() =>
      expect(fetchMock.mock.calls.filter(([url]) => url === '/api/confirmations')).toHaveLength(2),
    );
  });

  it('sends a change back only with a reason', async () => {
    const send = vi.fn((_init?: RequestInit) => ({
      status: 200,
      body: { ...STAGE_CHANGE, returnedBy: 'unithead', returnedAt: '2026-11-22T03:00:00Z', reason: 'x' },
    }));
    openQueue(['unit_head'], PENDING, { 'POST /api/confirmations/return': send });

    await userEvent.click(
      await screen.findByLabelText(
        `${t('confirmations.return')}: Huaxin battery plant ${t('confirmations.kinds.STAGE')}`,
      ),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByText(t('confirmations.return')).closest('button') as HTMLElement);
    expect(await within(dialog).findByText(t('confirmations.returnModal.reasonRequired'))).toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByLabelText(t('confirmations.returnModal.reason')), 'Signing date differs');
    await userEvent.click(within(dialog).getByText(t('confirmations.return')).closest('button') as HTMLElement);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(bodyOf(send.mock.calls[0][0])).toEqual({ kind: 'STAGE', id: 41, reason: 'Signing date differs' });
  });

  it('shows the server refusal of a stale confirmation', async () => {
    openQueue(['unit_head'], PENDING, {
      'POST /api/confirmations/confirm': () => ({
        status: 409,
        contentType: 'application/problem+json',
        body: { status: 409, code: 'confirmation.not_pending', detail: 'not pending' },
      }),
    });
    await userEvent.click(
      await screen.findByLabelText(`${t('confirmations.confirm')}: Lubang cold chain ${t('confirmations.kinds.FUND')}`),
    );
    expect(await screen.findByText(t('errors.confirmation.not_pending'))).toBeInTheDocument();
  });

  it('shows cards on a phone, each with its checkbox', async () => {
    const desktop = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...desktop(query), matches: false })) as typeof window.matchMedia;
    try {
      const confirm = vi.fn((_init?: RequestInit) => ({ status: 200, body: { confirmed: 1 } }));
      openQueue(['unit_head'], PENDING, { 'POST /api/confirmations/confirm': confirm });
      await userEvent.click(await screen.findByLabelText(t('confirmations.select', { name: 'Lubang cold chain' })));
      expect(document.querySelector('table')).toBeNull();
      await userEvent.click(screen.getByText(t('confirmations.confirmSelected', { n: 1 })));
      await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
      expect(bodyOf(confirm.mock.calls[0][0])).toEqual({ items: [{ kind: 'FUND', id: 9 }] });
    } finally {
      window.matchMedia = desktop;
    }
  });

  it('is a read-only list for a leader', async () => {
    openQueue(['leader'], PENDING);
    expect(await screen.findByText('Huaxin battery plant')).toBeInTheDocument();
    expect(screen.getByText(t('confirmations.readOnly'))).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByText(t('confirmations.confirm'))).not.toBeInTheDocument();
    expect(screen.queryByText(t('confirmations.return'))).not.toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    openQueue(['unit_head'], NONE_PENDING);
    expect(await screen.findByText(t('confirmations.empty'))).toBeInTheDocument();
  });
});
