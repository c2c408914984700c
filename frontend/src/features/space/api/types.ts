import type { Schemas } from '../../../types/api';

export type ZoneKind = Schemas['ZoneKind'];
export type ParkStatus = Schemas['ParkStatus'];
export type SiteKind = Schemas['SiteKind'];
export const ZONE_KINDS: ZoneKind[] = ['AXIS', 'BELT', 'CLUSTER'];
export const PARK_STATUSES: ParkStatus[] = ['OPERATING', 'PLANNED'];
export const SITE_KINDS: SiteKind[] = ['BUILDING', 'FLOOR', 'FACTORY', 'LAND'];

export type Ref = Schemas['Ref'];
export type Zone = Schemas['ZoneView'];
export type Park = Schemas['ParkView'];
export type Site = Schemas['SiteView'];
export type SiteInput = Schemas['SiteRequest'];
export type ZoneInput = Schemas['ZoneRequest'];
export type ParkInput = Schemas['ParkRequest'];
