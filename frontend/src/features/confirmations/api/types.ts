import type { Stage } from '../../projects/api/types';

export type ChangeKind = 'STAGE' | 'FUND';

export interface StageChange {
  fromStage: Stage | null;
  toStage: Stage;
  effectiveDate: string;
  correction: boolean;
  note: string | null;
}

export interface FundChange {
  arrivedOn: string;
  /** 10k CNY */
  amount: number;
  /** 10k USD */
  foreignUsd: number | null;
  evidence: string;
}

/** A change recorded by an officer that waits for the unit head (or was sent back). */
export interface Change {
  kind: ChangeKind;
  id: number;
  projectId: number;
  projectCode: string;
  projectName: string;
  unitId: number;
  unitName: string;
  recordedBy: string;
  /** The recorder's display name (their login when Attract has none). */
  recordedByName?: string;
  recordedAt: string;
  stage: StageChange | null;
  fund: FundChange | null;
}

export interface ReturnedChange extends Change {
  returnedBy: string;
  returnedByName?: string;
  returnedAt: string;
  reason: string;
}

export interface Changes<T extends Change = Change> {
  count: number;
  items: T[];
}

export interface ChangeRef {
  kind: ChangeKind;
  id: number;
}

export const changeKey = (change: ChangeRef) => `${change.kind}-${change.id}`;

export interface ConfirmationSetting {
  required: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  version: number;
}
