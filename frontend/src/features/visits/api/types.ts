import type { ListFilter, Schemas } from '../../../types/api';

export type VisitKind = Schemas['VisitKind'];
export const VISIT_KINDS = ['ON_SITE', 'RECEPTION', 'PHONE', 'VIDEO', 'EXPO'] as const satisfies readonly VisitKind[];
export type VisitIntent = Schemas['VisitIntent'];
export const VISIT_INTENTS = ['NONE', 'WEAK', 'CLEAR', 'PROJECT'] as const satisfies readonly VisitIntent[];

export type OurParticipant = Schemas['OurAttendee'];
export type TheirParticipant = Schemas['TheirAttendee'];
/** A visit as the list, the detail and my week send it (docs/api-engagement.md). */
export type Visit = Schemas['VisitView'];
export type VisitInput = Schemas['VisitRequest'];

/** `from` and `to` are days (YYYY-MM-DD), both included. */
export type VisitFilter = ListFilter<
  '/api/visits',
  'q' | 'kind' | 'intent' | 'from' | 'to' | 'mine' | 'followUpOpen' | 'enterpriseId'
> & { sort: string };

/** One line of an enterprise's timeline; another unit's visits and leads come restricted (kind, date, unit). */
export type TimelineEntry = Schemas['TimelineEntry'];
export type TimelineKind = TimelineEntry['kind'];
export const TIMELINE_KINDS = ['VISIT', 'LEAD', 'TRIP', 'EVENT', 'PROJECT'] as const satisfies readonly TimelineKind[];
