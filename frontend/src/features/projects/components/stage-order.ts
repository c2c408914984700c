import { FUNNEL_STAGES, type Stage } from '../api/types';

const rank = (stage: Stage | null | undefined): number =>
  stage ? (FUNNEL_STAGES as readonly Stage[]).indexOf(stage) : -1;

/**
 * Whether moving from one stage to another undoes progress, which the server accepts only as a
 * correction with a note: back down the funnel, out of TERMINATED, or resuming from ON_HOLD below
 * the stage the project was held in.
 */
export function isBackward(from: Stage, to: Stage, heldStage?: Stage | null): boolean {
  if (to === 'ON_HOLD' || to === 'TERMINATED') return false;
  if (from === 'TERMINATED') return true;
  const origin = from === 'ON_HOLD' ? heldStage : from;
  return rank(origin) >= 0 && rank(to) < rank(origin);
}

/** Stages that need a reason in the note. */
export const needsNote = (to: Stage | undefined) => to === 'ON_HOLD' || to === 'TERMINATED';
