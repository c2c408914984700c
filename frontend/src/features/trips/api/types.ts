import type { LeadListItem } from '../../leads/api/types';
import type { Stage } from '../../projects/api/types';

export const VISIT_KINDS = ['ON_SITE', 'RECEPTION', 'PHONE', 'VIDEO', 'EXPO'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** What the engagement pages show of a visit (the visits API sends more). */
export interface LinkedVisit {
  id: number;
  visitedOn: string;
  kind: VisitKind;
  enterpriseId: number;
  enterpriseName: string;
  summary: string;
  intent: string | null;
  unitName: string;
}

/** A project as a trip or an event lists it. */
export interface LinkedProject {
  id: number;
  code: string;
  name: string;
  stage: Stage;
  /** 10k CNY */
  totalInvestment: number | null;
}

export interface TripListItem {
  id: number;
  title: string;
  leaderName: string | null;
  leaderLed: boolean;
  delegation: string[];
  cities: string[];
  startDate: string;
  endDate: string;
  purpose: string | null;
  unitId: number;
  unitName: string;
  visitCount: number;
  leadCount: number;
  projectCount: number;
  version: number;
}

export interface Trip extends TripListItem {
  outcome: string | null;
  canEdit: boolean;
  visits: LinkedVisit[];
  leads: LeadListItem[];
  projects: LinkedProject[];
}

export interface TripInput {
  title: string;
  leaderName?: string | null;
  delegation: string[];
  cities: string[];
  startDate: string;
  endDate: string;
  purpose?: string | null;
  outcome?: string | null;
}

export interface TripFilter {
  q?: string;
  year?: number;
  leaderLed?: boolean;
  page: number;
  size: number;
}
