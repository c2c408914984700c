import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { t } from '../../../test/helpers';
import { mockApi, ok, renderWithApp } from '../../../test/render';
import { STAGES } from '../api/types';
import { ITEM } from '../test-fixtures';
import { LIST_LOOKUPS } from '../test-utils';
import { ProjectBoardPage } from './project-board-page';

/** jsdom lays nothing out: columns side by side, 300 px apart, each card at the top of its column. */
function layOutBoard() {
  const original = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    // The drag overlay (dnd-kit measures its only child) is placed with an inline fixed box: report that box.
    const box = (this.parentElement as HTMLElement | null)?.style;
    if (box?.position === 'fixed' && box.width) {
      return new DOMRect(parseFloat(box.left), parseFloat(box.top), parseFloat(box.width), parseFloat(box.height));
    }
    const column = this.closest('[data-testid^="board-column-"]');
    if (!column) return original.call(this);
    const left = STAGES.indexOf(column.getAttribute('data-testid')?.replace('board-column-', '') as never) * 300;
    if (this === column) return new DOMRect(left, 0, 260, 800);
    if (this.getAttribute('data-testid')?.startsWith('project-card-')) return new DOMRect(left + 8, 40, 244, 80);
    return original.call(this);
  });
}

const board = {
  columns: STAGES.map((stage) =>
    stage === 'SIGNED' ? { stage, total: 51, items: [ITEM] } : { stage, total: 0, items: [] },
  ),
};

beforeEach(layOutBoard);
afterEach(() => vi.restoreAllMocks());

describe('projects board', () => {
  it('shows one column per stage with its total, and moves a card with the keyboard', async () => {
    mockApi({ ...LIST_LOOKUPS, 'GET /api/projects/board': ok(board) });
    renderWithApp(<ProjectBoardPage />, { route: '/projects/board' });

    const card = await screen.findByTestId(`project-card-${ITEM.code}`);
    const signed = screen.getByTestId('board-column-SIGNED');
    expect(signed).toContainElement(card);
    expect(within(signed).getByTitle('51')).toBeInTheDocument();
    expect(within(signed).getByText(i18n.t('projects.board.truncated', { shown: 1, total: 51 }))).toBeInTheDocument();
    STAGES.forEach((stage) => expect(screen.getByTestId(`board-column-${stage}`)).toBeInTheDocument());

    // Space picks the card up, the right arrow moves it one column on, Space drops it.
    card.focus();
    await userEvent.keyboard(' ');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await userEvent.keyboard('{ArrowRight}');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await userEvent.keyboard(' ');

    expect(await screen.findByText(i18n.t('projects.transition.title', { name: ITEM.name }))).toBeInTheDocument();
    expect(screen.getByTitle(t('projects.stages.REGISTERED'))).toBeInTheDocument();
    expect(screen.getByLabelText(t('projects.transition.effectiveDate'))).toBeInTheDocument();
  });
});
