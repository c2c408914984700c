import {
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/** Pointer drags drop where the pointer is; keyboard drags (no pointer) on the column the card overlaps most. */
export const boardCollisions: CollisionDetection = (args) => {
  const byPointer = pointerWithin(args);
  return byPointer.length > 0 ? byPointer : rectIntersection(args);
};

/** Space picks a card up and drops it, Escape cancels; Enter stays free to open the project. */
export const BOARD_KEYBOARD_CODES: KeyboardCodes = {
  start: ['Space'],
  cancel: ['Escape'],
  end: ['Space', 'Enter'],
};

const PADDING = 8;

/** Left and right arrows jump a whole column, so a keyboard user moves a card in one press per stage. */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const columns = [...context.droppableRects.entries()].sort(([, a], [, b]) => a.left - b.left);
  if (columns.length === 0) return undefined;
  const { collisionRect, over } = context;
  const centre = collisionRect ? collisionRect.left + collisionRect.width / 2 : currentCoordinates.x;
  let index = columns.findIndex(([id]) => id === over?.id);
  if (index < 0) index = columns.findIndex(([, rect]) => centre >= rect.left && centre <= rect.left + rect.width);
  const next = columns[Math.min(columns.length - 1, Math.max(0, (index < 0 ? 0 : index) + step))];
  return { x: next[1].left + PADDING, y: currentCoordinates.y };
};
