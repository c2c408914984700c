import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t, SLOW } from '../../../test/helpers';
import { mockApi, renderWithApp, ok, requests } from '../../../test/render';
import { PROJECT } from '../test-fixtures';
import { PendingConfirmationBar } from './pending-confirmation-bar';

const change = (id: number, confirmedAt: string | null, reverted = false) => ({
  id,
  fromStage: 'NEGOTIATING',
  toStage: 'SIGNED',
  effectiveDate: `2026-11-0${id}`,
  recordedAt: '2026-11-01T02:00:00Z',
  recordedBy: 'officer',
  agreementType: 'FORMAL',
  correction: false,
  reverted,
  note: null,
  confirmedAt,
  confirmedBy: confirmedAt ? 'unithead' : null,
});

describe("the unit head's review at the top of a project", () => {
  it(
    'counts the changes waiting and confirms the latest from the top',
    async () => {
      const fetchMock = mockApi({
        'GET /api/projects/5/transitions': ok([
          change(1, '2026-11-02T02:00:00Z'),
          change(2, null, true),
          change(3, null),
          change(4, null),
        ]),
        'POST /api/projects/5/transitions/4/confirm': ok(change(4, '2026-11-05T02:00:00Z')),
      });
      renderWithApp(<PendingConfirmationBar project={{ ...PROJECT, canConfirm: true }} />);
      expect(await screen.findByText(t('projects.confirmBar.title', { count: 2 }))).toBeInTheDocument();
      expect(screen.getByText('2026-11-04')).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: t('projects.history.confirm') }));
      const ask = await screen.findByRole('tooltip');
      await userEvent.click(within(ask).getByRole('button', { name: t('projects.history.confirm') }));
      await vi.waitFor(() => expect(requests(fetchMock)).toContain('POST /api/projects/5/transitions/4/confirm'));
    },
    SLOW,
  );

  it(
    'shows nothing to whoever may not confirm',
    async () => {
      mockApi({ 'GET /api/projects/5/transitions': ok([change(1, null)]) });
      renderWithApp(<PendingConfirmationBar project={{ ...PROJECT, canConfirm: false }} />);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.queryByTestId('pending-confirmation')).not.toBeInTheDocument();
    },
    SLOW,
  );
});
