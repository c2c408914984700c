import type { Visit } from './api/types';

/** Test data of the visits feature (names in pinyin: no Chinese literals in code). */
export const VISIT: Visit = {
  id: 41,
  visitedOn: '2026-11-20',
  kind: 'ON_SITE',
  enterpriseId: 7,
  enterpriseName: 'Jinan Xincai Technology Co.',
  summary: 'Talked about a second plant in the new materials park',
  intent: 'CLEAR',
  nextStep: 'Send the park brochure',
  followUpOn: '2026-12-01',
  followUpDone: false,
  ourParticipants: [{ username: 'officer', name: 'Wang Wei' }],
  theirParticipants: [{ contactId: 3, name: 'Zhang San', title: 'CEO' }],
  tripId: 2,
  tripTitle: 'Shenzhen trip',
  eventId: null,
  eventName: null,
  projectId: 5,
  projectName: 'Huaxin battery plant',
  leadId: null,
  leadTitle: null,
  unitId: 1,
  unitName: 'Wuyingshan',
  recordedBy: 'officer',
  recordedAt: '2026-11-20T06:00:00Z',
  canEdit: true,
  version: 2,
};

export const FIRM = {
  id: 7,
  name: 'Jinan Xincai Technology Co.',
  creditCode: null,
  regionCode: '370100',
  industryName: null,
  registeredCapital: null,
  tags: [],
  status: 'FOLLOWING',
  ownerUnitId: 1,
  ownerUnitName: 'Wuyingshan',
  version: 0,
  formerNames: [],
  countryCode: null,
  industryCode: null,
  industryId: null,
  nature: null,
  revenueBand: null,
  employees: null,
  website: null,
  description: null,
  ownerUsername: null,
  attractionMethod: null,
  source: null,
  contacts: [
    { id: 3, name: 'Zhang San', title: 'CEO', phone: '138****0000' },
    { id: 4, name: 'Li Si', title: null, phone: null },
  ],
  canEdit: true,
  createdAt: '2026-01-01T00:00:00Z',
};

export const page = (items: unknown[]) => ({ status: 200, body: { items, total: items.length, next: null } });

export const problem = (status: number, code: string, violations?: { field: string; message: string }[]) => ({
  status,
  contentType: 'application/problem+json',
  body: { status, code, detail: code, violations },
});
