import type { Change, Changes, ReturnedChange } from './api/types';

/** Test data of confirmations (names in pinyin: no Chinese literals in code). */
export const STAGE_CHANGE: Change = {
  kind: 'STAGE',
  id: 41,
  projectId: 7,
  projectCode: 'TQ-2026-0007',
  projectName: 'Huaxin battery plant',
  unitId: 3,
  unitName: 'Wuyingshan',
  recordedBy: 'officer',
  recordedByName: 'officer',
  recordedAt: '2026-11-20T02:00:00Z',
  stage: {
    fromStage: 'NEGOTIATING',
    toStage: 'SIGNED',
    effectiveDate: '2026-11-18',
    correction: true,
    note: 'Contract signed at the expo',
  },
  fund: null,
  returnedBy: null,
  returnedByName: null,
  returnedAt: null,
  reason: null,
};

export const FUND_CHANGE: Change = {
  ...STAGE_CHANGE,
  kind: 'FUND',
  id: 9,
  projectId: 8,
  projectCode: 'TQ-2026-0008',
  projectName: 'Lubang cold chain',
  recordedAt: '2026-11-21T02:00:00Z',
  stage: null,
  fund: { arrivedOn: '2026-11-19', amount: 1200, foreignUsd: 35.5, evidence: 'ICBC slip 20261119-0042' },
};

export const PENDING: Changes = { count: 2, items: [STAGE_CHANGE, FUND_CHANGE] };

export const NONE_PENDING: Changes = { count: 0, items: [] };

export const RETURNED: ReturnedChange = {
  ...FUND_CHANGE,
  returnedBy: 'unithead',
  returnedAt: '2026-11-22T03:00:00Z',
  reason: 'Slip amount differs',
};
