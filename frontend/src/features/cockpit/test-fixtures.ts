import type { Cockpit, OpenCoordination } from './api/types';

/** A cockpit answer shaped like the seeds (167 new projects Jan–Nov, 88 x 100M CNY funds, 8092 x 10k USD FDI); names in pinyin. */
export const SAMPLE: Cockpit = {
  asOf: '2026-11-26',
  year: 2026,
  unitId: null,
  projects: {
    newThisYear: { negotiating: 72, signed: 58, landed: 37, total: 167 },
    newSamePeriodLastYear: { negotiating: 60, signed: 50, landed: 30, total: 140 },
    newThisMonth: { negotiating: 5, signed: 3, landed: 2, total: 10 },
    byStage: {
      LEAD: 12,
      NEGOTIATING: 80,
      SIGNED: 40,
      REGISTERED: 20,
      CONSTRUCTION: 15,
      OPERATING: 10,
      ON_HOLD: 3,
      TERMINATED: 2,
    },
  },
  signedProjects: { month: 5, yearToDate: 95, yearToDateLastYear: 80 },
  totalInvestment: 3110000,
  fundsArrived: { month: 52000.5, yearToDate: 880000, yearToDateLastYear: 1000000 },
  foreignUsedUsd: { month: 310, yearToDate: 8092, yearToDateLastYear: 7000 },
  trips: null,
  tripsTotal: null,
  events: null,
  eventSignedProjects: null,
  pending: { stageChanges: 0, funds: 0 },
  dataAsOf: null,
  funnel: {
    stages: [
      { stage: 'NEGOTIATING', reached: 120, conversionFromPrevious: null, averageDaysFromPrevious: null },
      { stage: 'SIGNED', reached: 70, conversionFromPrevious: 58.3, averageDaysFromPrevious: 41.5 },
      { stage: 'REGISTERED', reached: 37, conversionFromPrevious: 52.9, averageDaysFromPrevious: 60 },
      { stage: 'CONSTRUCTION', reached: 20, conversionFromPrevious: 54.1, averageDaysFromPrevious: 90.2 },
      { stage: 'OPERATING', reached: 8, conversionFromPrevious: 40, averageDaysFromPrevious: 120 },
    ],
  },
  byIndustry: [
    {
      id: 7,
      name: 'Xinxing gongneng cailiao',
      newProjects: 40,
      signedOrLanded: 25,
      totalInvestment: 900000,
      fundsYearToDate: 300000,
    },
    { id: null, name: null, newProjects: 3, signedOrLanded: 1, totalInvestment: 1000, fundsYearToDate: 0 },
  ],
  byZone: [
    {
      id: 4,
      name: 'Xinxing zhizao zutuan',
      newProjects: 30,
      signedOrLanded: 20,
      totalInvestment: 500000,
      fundsYearToDate: 200000,
    },
  ],
  byUnit: [
    {
      id: 1,
      name: 'Wuyingshan',
      newProjects: 50,
      signedOrLanded: 30,
      totalInvestment: 1200000,
      fundsYearToDate: 400000,
    },
    {
      id: 2,
      name: 'Touzi cujinju',
      newProjects: 20,
      signedOrLanded: 10,
      totalInvestment: 300000,
      fundsYearToDate: 100000,
    },
  ],
  monthly: Array.from({ length: 11 }, (_, i) => ({
    month: i + 1,
    newProjects: { negotiating: 8, signed: 5, landed: 2, total: 15 },
    newProjectsLastYear: { negotiating: 6, signed: 4, landed: 2, total: 12 },
    funds: 80000,
    fundsLastYear: 90000,
    foreignUsd: 700,
  })),
  stalled: [
    {
      id: 9,
      code: 'XM2026-00009',
      name: 'Huaxin battery plant',
      stage: 'SIGNED',
      unitId: 1,
      unitName: 'Wuyingshan',
      stalled: { ruleId: 2, code: 'STUCK', days: 95, message: 'Signed 95 days ago and not yet registered' },
    },
  ],
  keyProjects: [
    {
      id: 11,
      code: 'XM2026-00011',
      name: 'Qilu smart factory',
      stage: 'CONSTRUCTION',
      unitName: 'Wuyingshan',
      sponsorLeader: 'Li Hua',
      totalInvestment: 250000,
      fundsYearToDate: 12000.25,
    },
  ],
};

/** An open coordination request as GET /api/projects/coordination sends it; project 12 has no sponsor leader. */
export function openRequest(
  id: number,
  projectId: number,
  projectName: string,
  loggedOn: string,
  unitName = 'Wuyingshan',
): OpenCoordination {
  return {
    entry: { id, loggedOn, content: `Needs help: ${projectName}`, recordedBy: 'officer' },
    projectId,
    projectCode: `XM2026-${String(projectId).padStart(5, '0')}`,
    projectName,
    sponsorLeader: projectId === 12 ? null : 'Li Hua',
    unitName,
  };
}
