export const VISIT_KINDS = ['ON_SITE', 'RECEPTION', 'PHONE', 'VIDEO', 'EXPO'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_INTENTS = ['NONE', 'WEAK', 'CLEAR', 'PROJECT'] as const;
export type VisitIntent = (typeof VISIT_INTENTS)[number];

export interface OurParticipant {
  username: string | null;
  name: string;
}

export interface TheirParticipant {
  contactId: number | null;
  name: string;
  title: string | null;
}

/** A visit as the list, the detail and my week send it (docs/api-engagement.md). */
export interface Visit {
  id: number;
  /** YYYY-MM-DD */
  visitedOn: string;
  kind: VisitKind;
  enterpriseId: number;
  enterpriseName: string;
  summary: string;
  intent: VisitIntent;
  nextStep: string | null;
  followUpOn: string | null;
  followUpDone: boolean;
  ourParticipants: OurParticipant[];
  theirParticipants: TheirParticipant[];
  tripId: number | null;
  tripTitle: string | null;
  eventId: number | null;
  eventName: string | null;
  projectId: number | null;
  projectName: string | null;
  leadId: number | null;
  leadTitle: string | null;
  unitId: number;
  unitName: string;
  recordedBy: string;
  recordedAt: string;
  canEdit: boolean;
  version: number;
}

export interface VisitInput {
  visitedOn: string;
  enterpriseId: number;
  kind: VisitKind;
  summary: string;
  intent: VisitIntent;
  nextStep?: string | null;
  followUpOn?: string | null;
  ourParticipants?: { username?: string | null; name: string }[];
  theirParticipants?: { contactId?: number | null; name: string; title?: string | null }[];
  tripId?: number | null;
  eventId?: number | null;
  projectId?: number | null;
  leadId?: number | null;
}

export interface VisitFilter {
  q?: string;
  kind?: VisitKind;
  intent?: VisitIntent;
  /** YYYY-MM-DD */
  from?: string;
  /** YYYY-MM-DD */
  to?: string;
  mine?: boolean;
  followUpOpen?: boolean;
  enterpriseId?: number;
  page: number;
  size: number;
  sort: string;
}

export const TIMELINE_KINDS = ['VISIT', 'LEAD', 'TRIP', 'EVENT', 'PROJECT'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One line of an enterprise's timeline; another unit's visits and leads come restricted (kind, date, unit). */
export interface TimelineEntry {
  kind: TimelineKind;
  id: number | null;
  date: string;
  /** The entry's own enumeration: visit kind, lead status, event kind, project stage. */
  code?: string | null;
  title: string | null;
  detail: string | null;
  unitName: string;
  restricted: boolean;
}
