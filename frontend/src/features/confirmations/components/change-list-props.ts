import type { Change } from '../api/types';
import type { ChangeActionHandlers } from './change-actions';

/** The pending changes as a table on a desk or as cards on a phone. */
export interface ChangeListProps {
  items: Change[];
  loading: boolean;
  /** A unit head may select, confirm and send back; everyone else reads. */
  actionable: boolean;
  selected: string[];
  onSelect: (keys: string[]) => void;
  /** What the buttons of each change do (shown when actionable). */
  actions: ChangeActionHandlers;
}
