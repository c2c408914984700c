import { LEAD_ITEM } from '../leads/test-fixtures';
import { VISIT } from '../visits/test-fixtures';
import type { MyWeek, WeekLead } from './api/types';

/** Test data of my week (names in pinyin: no Chinese literals in code). */
export const LATE_LEAD: WeekLead = {
  ...LEAD_ITEM,
  id: 12,
  title: 'Battery separator line',
  receivedOn: '2026-11-01',
  sourceDetail: null,
  industryId: null,
  industryName: null,
  estimatedInvestment: null,
  version: 0,
  clocks: [
    { kind: 'RESPOND', dueOn: '2026-11-02', doneOn: '2026-11-02', overdue: false, daysOverdue: 0 },
    { kind: 'ASSESS', dueOn: '2026-11-04', doneOn: null, overdue: true, daysOverdue: 5 },
  ],
  nextDue: { kind: 'ASSESS', dueOn: '2026-11-04' },
};

export const DUE_LEAD: WeekLead = {
  ...LATE_LEAD,
  id: 13,
  title: 'Cold chain warehouse',
  overdue: false,
  clocks: [{ kind: 'FEEDBACK', dueOn: '2099-01-07', doneOn: null, overdue: false, daysOverdue: 0 }],
  nextDue: { kind: 'FEEDBACK', dueOn: '2099-01-07' },
};

export const WEEK: MyWeek = {
  from: '2099-01-05',
  to: '2099-01-11',
  scope: 'mine',
  followUps: [
    { ...VISIT, id: 41, enterpriseName: 'Overdue Firm', followUpOn: '2026-11-01' },
    { ...VISIT, id: 42, enterpriseName: 'Future Firm', followUpOn: '2099-01-09' },
  ],
  overdueLeads: [LATE_LEAD],
  dueLeads: [DUE_LEAD],
  visits: [{ ...VISIT, id: 43, enterpriseName: 'Visited Firm', visitedOn: '2099-01-06' }],
};

export const EMPTY_WEEK: MyWeek = { ...WEEK, followUps: [], overdueLeads: [], dueLeads: [], visits: [] };
