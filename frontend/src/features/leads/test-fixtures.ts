import type { Lead, LeadListItem } from './api/types';

/** Test data shared by the engagement features' tests (names in pinyin: no Chinese literals in code). */
export const LEAD_ITEM: LeadListItem = {
  id: 7,
  title: 'Huaxin regional headquarters',
  source: 'REFERRAL',
  sourceDetail: 'Shandong chamber of commerce',
  receivedOn: '2026-11-02',
  receivedBy: 'officer',
  enterpriseId: 31,
  enterpriseName: 'Huaxin Energy Co.',
  industryId: 2,
  industryName: 'New materials',
  estimatedInvestment: 50000,
  status: 'OPEN',
  overdue: true,
  clocks: [
    { kind: 'RESPOND', dueOn: '2026-11-03', doneOn: '2026-11-03', overdue: false, daysOverdue: 0 },
    { kind: 'ASSESS', dueOn: '2026-11-05', doneOn: null, overdue: true, daysOverdue: 3 },
    { kind: 'FEEDBACK', dueOn: '2026-11-09', doneOn: null, overdue: false, daysOverdue: 0 },
  ],
  nextDue: { kind: 'ASSESS', dueOn: '2026-11-05' },
  projectId: null,
  projectName: null,
  unitId: 1,
  unitName: 'Wuyingshan',
  version: 2,
};

export const ON_TIME_LEAD: LeadListItem = {
  ...LEAD_ITEM,
  id: 8,
  title: 'Qilu logistics park',
  enterpriseName: 'Qilu Logistics',
  overdue: false,
  clocks: [{ kind: 'RESPOND', dueOn: '2026-11-09', doneOn: null, overdue: false, daysOverdue: 0 }],
  nextDue: { kind: 'RESPOND', dueOn: '2026-11-09' },
};

export const LEAD: Lead = {
  ...LEAD_ITEM,
  description: 'Wants 50 mu of land near the Yellow River axis',
  assessment: null,
  assessmentResult: null,
  outcomeNote: null,
  tripId: 4,
  tripTitle: 'Shenzhen outreach',
  eventId: null,
  eventName: null,
  canEdit: true,
  history: [
    {
      id: 1,
      kind: 'RECEIVED',
      onDate: '2026-11-02',
      note: null,
      recordedBy: 'officer',
      recordedAt: '2026-11-02T01:00:00Z',
    },
    {
      id: 2,
      kind: 'RESPOND',
      onDate: '2026-11-03',
      note: 'Called the chairman',
      recordedBy: 'officer',
      recordedAt: '2026-11-03T01:00:00Z',
    },
  ],
};
