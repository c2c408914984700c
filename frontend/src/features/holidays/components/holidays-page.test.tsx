import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, pageOf } from '../../../test/render';
import { t } from '../../../test/helpers';
import type { Holiday } from '../api/types';
import { HolidaysPage, yearsToOffer } from './holidays-page';

const YEAR = dayjs().year();
const NATIONAL_DAY: Holiday = { id: 7, day: `${YEAR}-10-01`, kind: 'OFF', name: '国庆节', version: 0 };
const SWAP: Holiday = { id: 8, day: `${YEAR}-10-10`, kind: 'WORKDAY', name: '国庆节调休', version: 2 };

describe('holidays page', () => {
  it("lists the year's days off and 调休 working days", async () => {
    mockApi({ [`GET /api/holidays?year=${YEAR}`]: pageOf([NATIONAL_DAY, SWAP]) });
    renderWithApp(<HolidaysPage />, { route: '/admin/holidays' });
    expect(await screen.findByText('国庆节调休')).toBeInTheDocument();
    const row = screen.getByText('国庆节').closest('tr')!;
    expect(within(row).getByText(t('holidays.kinds.OFF'))).toBeInTheDocument();
    expect(screen.getByText(t('holidays.kinds.WORKDAY'))).toBeInTheDocument();
  });

  it('adds a day off with the date, kind and name the admin chose', async () => {
    const post = vi.fn((init?: RequestInit) => ({
      status: 201,
      body: { id: 9, version: 0, ...JSON.parse(String(init?.body)) },
    }));
    mockApi({ [`GET /api/holidays?year=${YEAR}`]: pageOf([]), 'POST /api/holidays': post });
    renderWithApp(<HolidaysPage />, { route: '/admin/holidays' });
    expect(await screen.findByText(t('holidays.empty', { year: YEAR }))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: t('holidays.add') }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(t('holidays.name')), '测试假日');
    await userEvent.click(within(dialog).getByRole('button', { name: t('common.save') }));
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String((post.mock.calls[0][0] as RequestInit).body))).toEqual({
      day: `${YEAR}-01-01`,
      kind: 'OFF',
      name: '测试假日',
    });
  });

  it('deletes a day with the version it read', async () => {
    const remove = vi.fn(() => ({ status: 204 }));
    mockApi({ [`GET /api/holidays?year=${YEAR}`]: pageOf([SWAP]), 'DELETE /api/holidays/8': remove });
    renderWithApp(<HolidaysPage />, { route: '/admin/holidays' });
    const row = (await screen.findByText('国庆节调休')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: t('holidays.remove') }));
    // the confirmation's own button, after the row's
    await vi.waitFor(() => expect(screen.getAllByRole('button', { name: t('holidays.remove') })).toHaveLength(2));
    await userEvent.click(screen.getAllByRole('button', { name: t('holidays.remove') })[1]);
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
    expect((remove.mock.calls[0] as unknown as [RequestInit])[0].headers).toMatchObject({ 'If-Match': '"2"' });
  });

  it('offers the shipped years up to next year', () => {
    expect(yearsToOffer(2026)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(yearsToOffer(2028)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029]);
  });
});
