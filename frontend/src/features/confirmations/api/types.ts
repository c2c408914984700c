import type { Schemas } from '../../../types/api';

export type ChangeKind = Schemas['ChangeKind'];
export type StageChange = Schemas['StageChange'];
export type FundChange = Schemas['FundChange'];
/** A change recorded by an officer that waits for the unit head, or was sent back (then `returnedBy` … are set). */
export type Change = Schemas['PendingChange'];
/** A change sent back: who sent it back, when and why are set. */
export type ReturnedChange = Change & { [K in 'returnedBy' | 'returnedAt' | 'reason']: NonNullable<Change[K]> };
/** The inbox (or the returned list): how many, and the changes. */
export type Changes<T extends Change = Change> = Omit<Schemas['Inbox'], 'items'> & { items: T[] };
export type ChangeRef = Schemas['ChangeRef'];

export const changeKey = (change: ChangeRef) => `${change.kind}-${change.id}`;

export type ConfirmationSetting = Schemas['ConfirmationSetting'];
