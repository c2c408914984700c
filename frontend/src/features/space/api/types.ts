export type ZoneKind = 'AXIS' | 'BELT' | 'CLUSTER';
export type ParkStatus = 'PLANNED' | 'OPERATING';
export type SiteKind = 'BUILDING' | 'FLOOR' | 'FACTORY' | 'LAND';
export const ZONE_KINDS: ZoneKind[] = ['AXIS', 'BELT', 'CLUSTER'];
export const PARK_STATUSES: ParkStatus[] = ['OPERATING', 'PLANNED'];
export const SITE_KINDS: SiteKind[] = ['BUILDING', 'FLOOR', 'FACTORY', 'LAND'];

export interface Ref {
  id: number;
  name: string;
}

export interface Zone {
  id: number;
  code: string;
  name: string;
  kind: ZoneKind;
  sortOrder: number;
  description: string | null;
  version: number;
}

export interface Park {
  id: number;
  code: string;
  name: string;
  zone: Ref | null;
  status: ParkStatus;
  description: string | null;
  version: number;
}

export interface Site {
  id: number;
  name: string;
  kind: SiteKind;
  park: Ref | null;
  zone: Ref | null;
  address: string | null;
  areaSqm: number;
  freeAreaSqm: number;
  contactName: string | null;
  contactPhone: string | null;
  description: string | null;
  suitableIndustries: Ref[];
  version: number;
}

export interface SiteInput {
  name: string;
  kind: SiteKind;
  parkId?: number | null;
  address?: string;
  areaSqm: number;
  freeAreaSqm: number;
  contactName?: string;
  contactPhone?: string;
  suitableIndustryIds: number[];
}

export interface ZoneInput {
  code: string;
  name: string;
  kind: ZoneKind;
  sortOrder: number;
  description?: string;
}

export interface ParkInput {
  code: string;
  name: string;
  zoneId?: number | null;
  status: ParkStatus;
  description?: string;
}
