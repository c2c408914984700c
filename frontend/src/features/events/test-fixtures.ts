import type { EventListItem, InvestmentEvent } from './api/types';

/** Test data of the events feature (names in pinyin: no Chinese literals in code). */
export const EVENT_ITEM: EventListItem = {
  id: 9,
  name: 'New materials promotion',
  kind: 'PROMOTION',
  role: 'HOSTED',
  heldOn: '2026-05-20',
  place: 'Jinan',
  organiser: 'Investment promotion bureau',
  participants: 'District leaders, 40 firms',
  unitId: 1,
  unitName: 'Wuyingshan',
  projectCount: 2,
  creditedProjectCount: 1,
  totalInvestmentCredited: 1000,
  version: 2,
};

export const EVENT: InvestmentEvent = {
  ...EVENT_ITEM,
  summary: 'Two signings',
  canEdit: true,
  visits: [],
  leads: [],
  projects: [
    {
      id: 5,
      code: 'XM2026-00005',
      name: 'Huaxin battery plant',
      stage: 'SIGNED',
      totalInvestment: 1000,
      signedOn: '2026-05-20',
      credited: true,
      creditedEventId: 9,
      creditedEventName: 'New materials promotion',
    },
    {
      id: 6,
      code: 'XM2026-00006',
      name: 'Qilu smart factory',
      stage: 'SIGNED',
      totalInvestment: 3000,
      signedOn: '2026-05-20',
      credited: false,
      creditedEventId: 3,
      creditedEventName: 'Spring signing ceremony',
    },
  ],
};
