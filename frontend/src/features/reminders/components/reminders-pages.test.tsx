import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { t } from '../../../test/helpers';
import type { Delivery, Webhook } from '../api/types';
import { DeliveriesPage } from './deliveries-page';
import { ReminderSettingsPage } from './reminder-settings-page';

const FAILED: Delivery = {
  id: 3,
  kind: 'DIGEST',
  channel: 'DINGTALK',
  recipientName: '无影山街道',
  day: '2026-12-07',
  subject: '【招商引资】无影山街道：1 条线索已超期',
  status: 'FAILED',
  attempts: 1,
  willRetry: true,
  lastError: '群机器人答复 HTTP 500',
  createdAt: '2026-12-07T00:00:00Z',
  sentAt: null,
};
const UNIT: Webhook = {
  unitId: 5,
  unitCode: 'wuyingshan',
  unitName: '无影山街道',
  kind: 'DINGTALK',
  url: 'https://oapi.dingtalk.com/robot/send?access_token=x',
  signed: true,
  version: 2,
};

describe('reminder pages', () => {
  it('lists deliveries with their status and sends today’s digest now', async () => {
    const send = vi.fn(ok({ messages: 2, sent: 1, failed: 0, alreadySent: 1 }));
    mockApi({
      'GET /api/reminders/deliveries?page=0&size=50': pageOf([FAILED]),
      'POST /api/reminders/digest': send,
    });
    renderWithApp(<DeliveriesPage />, { route: '/admin/reminder-deliveries' });
    const row = (await screen.findByText('群机器人答复 HTTP 500')).closest('tr')!;
    expect(within(row).getByText(t('reminders.statuses.FAILED'))).toBeInTheDocument();
    expect(within(row).getByText(t('reminders.deliveries.willRetry'))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: t('reminders.deliveries.sendNow') }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(t('reminders.deliveries.sentNow', { sent: 1, failed: 0, alreadySent: 1 })),
    ).toBeInTheDocument();
  });

  it('keeps a DingTalk secret unless one is typed, with the version it read', async () => {
    const put = vi.fn((init?: RequestInit) => ({
      status: 200,
      body: { ...UNIT, ...JSON.parse(String(init?.body)) },
    }));
    mockApi({
      'GET /api/reminders/webhooks': ok([UNIT]),
      'PUT /api/reminders/webhooks/5': put,
    });
    renderWithApp(<ReminderSettingsPage />, { route: '/admin/reminders' });
    expect(await screen.findByText(t('reminders.webhooks.signed'))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: `${t('common.edit')} 无影山街道` }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t('common.save') }));
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    const [init] = put.mock.calls[0] as [RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ kind: 'DINGTALK', url: UNIT.url, secret: null });
    expect(new Headers(init.headers).get('If-Match')).toBe('"2"');
  });
});
