import type { ListFilter, Schemas } from '../../../types/api';
import type { LinkedVisit } from '../../trips';

export type EventKind = Schemas['EventKind'];
export const EVENT_KINDS = ['PROMOTION', 'SIGNING', 'FORUM', 'EXPO', 'OTHER'] as const satisfies readonly EventKind[];
export type EventRole = Schemas['EventRole'];
export const EVENT_ROLES = ['HOSTED', 'ATTENDED'] as const satisfies readonly EventRole[];

export type EventListItem = Schemas['EventView'];
/** A project signed at the event; counted here only when `credited` (first event where it was signed). */
export type EventProject = Schemas['EventProject'];
export type InvestmentEvent = Omit<Schemas['EventDetail'], 'visits'> & { visits: LinkedVisit[] };
export type EventInput = Schemas['EventRequest'];

export type EventFilter = ListFilter<'/api/events', 'q' | 'year' | 'kind' | 'role'>;
