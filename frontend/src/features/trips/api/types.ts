import type { ListFilter, Schemas } from '../../../types/api';

export type VisitKind = Schemas['VisitKind'];
export const VISIT_KINDS = ['ON_SITE', 'RECEPTION', 'PHONE', 'VIDEO', 'EXPO'] as const satisfies readonly VisitKind[];

/** What the engagement pages show of a visit (the server sends the whole visit). */
export type LinkedVisit = Pick<
  Schemas['VisitView'],
  'id' | 'visitedOn' | 'kind' | 'enterpriseId' | 'enterpriseName' | 'summary' | 'intent' | 'unitName'
>;
/** A project as a trip or an event lists it. */
export type LinkedProject = Schemas['LinkedProject'];
export type TripListItem = Schemas['TripView'];
export type Trip = Omit<Schemas['TripDetail'], 'visits'> & { visits: LinkedVisit[] };
export type TripInput = Schemas['TripRequest'];

export type TripFilter = ListFilter<'/api/trips', 'q' | 'year' | 'leaderLed'>;
