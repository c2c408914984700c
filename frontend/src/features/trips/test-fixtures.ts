import { LEAD_ITEM } from '../leads/test-fixtures';
import type { LinkedVisit, Trip, TripListItem } from './api/types';

/** Test data of the trips feature (names in pinyin: no Chinese literals in code). */
export const TRIP_ITEM: TripListItem = {
  id: 4,
  title: 'Shenzhen outreach',
  leaderName: 'Li Hua',
  leaderLed: true,
  delegation: ['Wang Wei', 'Zhao Min'],
  cities: ['Shenzhen', 'Dongguan'],
  startDate: '2026-03-02',
  endDate: '2026-03-05',
  purpose: 'New-energy chain',
  unitId: 1,
  unitName: 'Wuyingshan',
  visitCount: 1,
  leadCount: 1,
  projectCount: 1,
  version: 3,
};

export const VISIT: LinkedVisit = {
  id: 12,
  visitedOn: '2026-03-03',
  kind: 'ON_SITE',
  enterpriseId: 31,
  enterpriseName: 'Huaxin Energy Co.',
  summary: 'Met the chairman about a cell line',
  intent: 'CLEAR',
  unitName: 'Wuyingshan',
};

export const TRIP: Trip = {
  ...TRIP_ITEM,
  outcome: 'Two leads, one project',
  canEdit: true,
  visits: [VISIT],
  leads: [LEAD_ITEM],
  projects: [{ id: 5, code: 'XM2026-00005', name: 'Huaxin battery plant', stage: 'SIGNED', totalInvestment: 1000 }],
};
