import dayjs, { type Dayjs } from 'dayjs';
import { blankToNull, toDateString } from '../../../lib/format';
import type { Contact } from '../../enterprises';
import type { Visit, VisitInput, VisitIntent, VisitKind } from '../api/types';
import type { Labeled } from './link-select';

/** A participant on the firm's side: `contact:<id>` for one of its contacts, else the typed name. */
export interface TheirValue {
  value: string;
  label: string;
}

export interface VisitFormValues {
  enterprise?: Labeled | null;
  kind?: VisitKind;
  visitedOn?: Dayjs | null;
  ourParticipants?: string[];
  theirParticipants?: TheirValue[];
  summary?: string;
  intent?: VisitIntent;
  nextStep?: string;
  followUpOn?: Dayjs | null;
  trip?: Labeled | null;
  event?: Labeled | null;
  project?: Labeled | null;
}

/** The form as a draft keeps it: plain JSON, dates as YYYY-MM-DD. */
export type StoredValues = Omit<VisitFormValues, 'visitedOn' | 'followUpOn'> & {
  visitedOn?: string | null;
  followUpOn?: string | null;
};

const CONTACT = 'contact:';
export const contactValue = (id: number) => `${CONTACT}${id}`;
export const contactIdOf = (value: string) => (value.startsWith(CONTACT) ? Number(value.slice(CONTACT.length)) : null);

const labeled = (id: number | null, name: string | null): Labeled | null =>
  id ? { value: id, label: name ?? `#${id}` } : null;

export function toStored(values: VisitFormValues): StoredValues {
  return {
    ...values,
    visitedOn: values.visitedOn ? toDateString(values.visitedOn) : null,
    followUpOn: values.followUpOn ? toDateString(values.followUpOn) : null,
  };
}

export function fromStored(values: StoredValues): VisitFormValues {
  return {
    ...values,
    visitedOn: values.visitedOn ? dayjs(values.visitedOn) : null,
    followUpOn: values.followUpOn ? dayjs(values.followUpOn) : null,
  };
}

export function fromVisit(visit: Visit, withTitle: (name: string, title: string) => string): VisitFormValues {
  return {
    enterprise: labeled(visit.enterpriseId, visit.enterpriseName),
    kind: visit.kind,
    visitedOn: dayjs(visit.visitedOn),
    ourParticipants: visit.ourParticipants.map((p) => p.name),
    theirParticipants: visit.theirParticipants.map((p) => ({
      value: p.contactId ? contactValue(p.contactId) : p.name,
      label: p.title ? withTitle(p.name, p.title) : p.name,
    })),
    summary: visit.summary,
    intent: visit.intent,
    nextStep: visit.nextStep ?? undefined,
    followUpOn: visit.followUpOn ? dayjs(visit.followUpOn) : null,
    trip: labeled(visit.tripId, visit.tripTitle),
    event: labeled(visit.eventId, visit.eventName),
    project: labeled(visit.projectId, visit.projectName),
  };
}

export interface InputContext {
  /** The chosen firm's contacts by id. */
  contacts: Map<number, Contact>;
  /** Names of colleagues whose username is known (the current user, those already on the visit). */
  usernames: Map<string, string>;
  /** Kept from the visit being edited (or the lead it was opened from): the form does not show it. */
  leadId: number | null;
}

export function toInput(values: VisitFormValues, { contacts, usernames, leadId }: InputContext): VisitInput {
  return {
    visitedOn: values.visitedOn ? toDateString(values.visitedOn) : '',
    enterpriseId: values.enterprise?.value as number,
    kind: values.kind as VisitKind,
    summary: (values.summary ?? '').trim(),
    intent: values.intent as VisitIntent,
    nextStep: blankToNull(values.nextStep),
    followUpOn: values.followUpOn ? toDateString(values.followUpOn) : null,
    ourParticipants: (values.ourParticipants ?? [])
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ username: usernames.get(name) ?? null, name })),
    theirParticipants: (values.theirParticipants ?? []).map(({ value, label }) => {
      const contactId = contactIdOf(value);
      if (contactId === null) return { contactId: null, name: value.trim(), title: null };
      const contact = contacts.get(contactId);
      return { contactId, name: contact?.name ?? label, title: contact?.title ?? null };
    }),
    tripId: values.trip?.value ?? null,
    eventId: values.event?.value ?? null,
    projectId: values.project?.value ?? null,
    leadId,
  };
}

/** The fields the form shows. */
export const FORM_FIELDS: (keyof VisitFormValues)[] = [
  'enterprise',
  'kind',
  'visitedOn',
  'ourParticipants',
  'theirParticipants',
  'summary',
  'intent',
  'nextStep',
  'followUpOn',
  'trip',
  'event',
  'project',
];

/** Where a server field (e.g. `theirParticipants[0].contactId`) shows on the form. */
const FIELD_OF: Record<string, keyof VisitFormValues> = {
  enterpriseId: 'enterprise',
  tripId: 'trip',
  eventId: 'event',
  projectId: 'project',
};
export const formFieldOf = (field: string): string => {
  const head = field.replace(/[[.].*$/, '');
  return FIELD_OF[head] ?? head;
};

/** Rule refusals that name no field still belong to one. */
export const FIELD_OF_CODE: Record<string, keyof VisitFormValues> = {
  'visit.date_in_future': 'visitedOn',
  'visit.follow_up_before_visit': 'followUpOn',
  'visit.enterprise_not_found': 'enterprise',
  'visit.contact_not_found': 'theirParticipants',
  'visit.trip_not_found': 'trip',
  'visit.event_not_found': 'event',
  'visit.project_not_found': 'project',
};
