import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { t } from '../../../test/helpers';
import { ConfirmationSettingPage } from './confirmation-setting-page';

const SETTING = { required: true, updatedAt: '2026-11-01T02:00:00Z', updatedBy: 'admin', version: 4 };

describe('confirmation setting', () => {
  it('turns review off with the version it read, and says what off means', async () => {
    let current = SETTING;
    const put = vi.fn((init?: RequestInit) => {
      current = { ...current, ...JSON.parse(String(init?.body)), version: current.version + 1 };
      return { status: 200, body: current };
    });
    mockApi({
      'GET /api/settings/confirmation': () => ({ status: 200, body: current }),
      'PUT /api/settings/confirmation': put,
    });
    renderWithApp(<ConfirmationSettingPage />, { route: '/admin/confirmation' });

    const toggle = await screen.findByLabelText(t('confirmations.setting.label'));
    expect(toggle).toBeChecked();
    expect(screen.getByText(t('confirmations.setting.explain'))).toBeInTheDocument();
    await userEvent.click(toggle);

    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    const init = put.mock.calls[0][0] as RequestInit;
    expect(JSON.parse(String(init.body))).toEqual({ required: false });
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"4"');
    await vi.waitFor(() => expect(screen.getByLabelText(t('confirmations.setting.label'))).not.toBeChecked());
  });

  it('shows the refusal of a stale version', async () => {
    mockApi({
      'GET /api/settings/confirmation': ok(SETTING),
      'PUT /api/settings/confirmation': () => ({ status: 412, body: { status: 412, code: 'version.stale' } }),
    });
    renderWithApp(<ConfirmationSettingPage />, { route: '/admin/confirmation' });
    await userEvent.click(await screen.findByLabelText(t('confirmations.setting.label')));
    expect(await screen.findByText(t('errors.version.stale'))).toBeInTheDocument();
  });
});
