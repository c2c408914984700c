import type { LeadListItem } from '../../leads/api/types';
import type { LinkedProject, LinkedVisit } from '../../trips/api/types';

export const EVENT_KINDS = ['PROMOTION', 'SIGNING', 'FORUM', 'EXPO', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_ROLES = ['HOSTED', 'ATTENDED'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export interface EventListItem {
  id: number;
  name: string;
  kind: EventKind;
  role: EventRole;
  heldOn: string;
  place: string | null;
  organiser: string | null;
  participants: string | null;
  unitId: number;
  unitName: string;
  projectCount: number;
  creditedProjectCount: number;
  /** 10k CNY, of the projects credited to this event. */
  totalInvestmentCredited: number | null;
  version: number;
}

/** A project signed at the event; counted here only when `credited` (first event where it was signed). */
export interface EventProject extends LinkedProject {
  credited: boolean;
  creditedEventId: number | null;
  creditedEventName: string | null;
}

export interface InvestmentEvent extends EventListItem {
  summary: string | null;
  canEdit: boolean;
  visits: LinkedVisit[];
  leads: LeadListItem[];
  projects: EventProject[];
}

export interface EventInput {
  name: string;
  kind: EventKind;
  role: EventRole;
  heldOn: string;
  place?: string | null;
  organiser?: string | null;
  participants?: string | null;
  summary?: string | null;
}

export interface EventFilter {
  q?: string;
  year?: number;
  kind?: EventKind;
  role?: EventRole;
  page: number;
  size: number;
}
