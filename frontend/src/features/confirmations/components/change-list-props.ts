import type { Change } from '../api/types';

/** The pending changes as a table on a desk or as cards on a phone. */
export interface ChangeListProps {
  items: Change[];
  loading: boolean;
  /** A unit head may select, confirm and send back; everyone else reads. */
  actionable: boolean;
  selected: string[];
  onSelect: (keys: string[]) => void;
  /** The change being confirmed on its own, if any. */
  confirmingKey?: string;
  onConfirm: (change: Change) => void;
  onReturn: (change: Change) => void;
}
