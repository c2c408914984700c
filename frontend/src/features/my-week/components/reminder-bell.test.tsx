import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { Location, t } from '../../../test/helpers';
import { REMINDERS_REFRESH_MS } from '../api/get-reminders';
import { ReminderBell } from './reminder-bell';

const REMINDERS = {
  count: 2,
  items: [
    { kind: 'FOLLOW_UP', id: 41, title: 'Jinan Xincai Technology Co.', dueOn: '2026-11-25' },
    { kind: 'LEAD_OVERDUE', id: 12, title: 'Battery separator line', dueOn: '2026-11-04' },
  ],
};

/** The bell for someone with these roles, and where the app is as test id "location". */
const renderBell = (roles: string[]) =>
  renderWithApp(
    <>
      <ReminderBell roles={roles} />
      <Location />
    </>,
  );

describe('reminder bell', () => {
  it('shows the count and opens the visit or lead behind each reminder', async () => {
    mockApi({ 'GET /api/reminders': ok(REMINDERS) });
    renderBell(['officer']);
    const bell = await screen.findByRole('button', { name: t('reminders.labelWithCount', { n: 2 }) });
    await userEvent.click(bell);
    await userEvent.click(await screen.findByText('Battery separator line'));
    expect(screen.getByTestId('location')).toHaveTextContent('/leads/12');

    await userEvent.click(bell);
    await userEvent.click(await screen.findByText('Jinan Xincai Technology Co.'));
    expect(screen.getByTestId('location')).toHaveTextContent('/visits/41');
  });

  it('opens the review queue for a unit head and the project of a change sent back', async () => {
    mockApi({
      'GET /api/reminders': ok({
        count: 3,
        items: [
          { kind: 'CONFIRMATIONS_PENDING', id: 0, title: '3 changes to review' },
          { kind: 'CHANGE_RETURNED', id: 7, title: 'Huaxin battery plant: signing date differs' },
          { kind: 'CHANGE_RETURNED', id: 7, title: 'Huaxin battery plant: slip amount differs' },
        ],
      }),
    });
    renderBell(['unit_head']);
    const bell = await screen.findByRole('button', { name: t('reminders.labelWithCount', { n: 3 }) });
    await userEvent.click(bell);
    expect(screen.getAllByText(t('reminders.kinds.CHANGE_RETURNED'))).toHaveLength(2);
    await userEvent.click(await screen.findByText('3 changes to review'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/confirmations$/);

    await userEvent.click(bell);
    await userEvent.click(await screen.findByText('Huaxin battery plant: signing date differs'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/projects\/7$/);
  });

  it('refreshes every five minutes', () => {
    expect(REMINDERS_REFRESH_MS).toBe(300_000);
  });

  it('is not there for leaders, and asks nothing of the server', async () => {
    const fetchMock = mockApi({});
    renderWithApp(<ReminderBell roles={['leader', 'stats']} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: new RegExp(t('reminders.label')) })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says when there is nothing to do', async () => {
    mockApi({ 'GET /api/reminders': ok({ count: 0, items: [] }) });
    renderWithApp(<ReminderBell roles={['unit_head']} />);
    await userEvent.click(await screen.findByRole('button', { name: t('reminders.label') }));
    expect(await screen.findByText(t('reminders.empty'))).toBeInTheDocument();
  });
});
