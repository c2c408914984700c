import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { mockApi, renderWithApp, ok, requests } from '../../../test/render';
import { PROJECT } from '../test-fixtures';
import { TransitionTimeline } from './transition-timeline';

const base = {
  recordedAt: '2026-09-01T02:00:00Z',
  recordedBy: 'officer',
  agreementType: null,
  correction: false,
  reverted: false,
};
const TRANSITIONS = [
  {
    ...base,
    id: 1,
    fromStage: null,
    toStage: 'LEAD',
    effectiveDate: '2026-08-01',
    note: null,
    confirmedAt: '2026-08-02T02:00:00Z',
    confirmedBy: 'head',
  },
  {
    ...base,
    id: 2,
    fromStage: 'LEAD',
    toStage: 'SIGNED',
    effectiveDate: '2026-09-01',
    note: 'Wrong project',
    agreementType: 'FORMAL',
    reverted: true,
    confirmedAt: null,
    confirmedBy: null,
  },
  {
    ...base,
    id: 3,
    fromStage: 'SIGNED',
    toStage: 'NEGOTIATING',
    effectiveDate: '2026-09-02',
    note: 'Correcting',
    correction: true,
    confirmedAt: null,
    confirmedBy: null,
  },
];

describe('stage history', () => {
  it('strikes through undone moves and lets the unit head confirm a pending one', async () => {
    const fetchMock = mockApi({
      'GET /api/projects/5/transitions': ok(TRANSITIONS),
      'POST /api/projects/5/transitions/3/confirm': ok({ ...TRANSITIONS[2], confirmedAt: '2026-09-03T02:00:00Z' }),
    });
    renderWithApp(<TransitionTimeline project={{ ...PROJECT, canConfirm: true }} />);

    const reverted = (await screen.findByText(t('projects.history.reverted'))).closest('del');
    expect(reverted).not.toBeNull();
    expect(within(reverted as HTMLElement).getByText(t('projects.agreementTypes.FORMAL'))).toBeInTheDocument();
    expect(screen.getByText(t('projects.history.correction'))).toBeInTheDocument();
    expect(screen.getAllByText(t('projects.pending'))).toHaveLength(2);

    const correction = screen.getByText('Correcting').closest('.ant-timeline-item') as HTMLElement;
    await userEvent.click(within(correction).getByText(t('projects.history.confirm')).closest('button') as HTMLElement);
    const popup = await screen.findByText(t('projects.history.confirmQuestion'));
    const confirmInPopup = within(popup.closest('.ant-popover') as HTMLElement)
      .getAllByText(t('projects.history.confirm'))
      .at(-1);
    await userEvent.click(confirmInPopup?.closest('button') as HTMLElement);
    await vi.waitFor(() => expect(requests(fetchMock)).toContain('POST /api/projects/5/transitions/3/confirm'));
  });
});
