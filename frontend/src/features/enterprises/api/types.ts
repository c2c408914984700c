export const TAG_CODES = [
  'CHAIN_LEADER',
  'BACKBONE',
  'GAZELLE',
  'UNICORN',
  'SRDI',
  'LITTLE_GIANT',
  'HIDDEN_CHAMPION',
  'HIGH_TECH',
  'FORTUNE_500',
  'CHINA_500',
  'PRIVATE_500',
  'LISTED',
  'INDUSTRY_TOP10',
] as const;
export type TagCode = (typeof TAG_CODES)[number];
export const STATUSES = ['POOL', 'FOLLOWING', 'CONVERTED', 'DORMANT'] as const;
export type EnterpriseStatus = (typeof STATUSES)[number];
export const NATURES = ['CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE', 'FOREIGN', 'HK_MO_TW'] as const;
export type Nature = (typeof NATURES)[number];

export interface TagView {
  tag: TagCode;
  listYear: number | null;
}

export interface Contact {
  id?: number;
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface EnterpriseListItem {
  id: number;
  name: string;
  creditCode: string | null;
  regionCode: string | null;
  industryName: string | null;
  registeredCapital: number | null;
  tags: TagView[];
  status: EnterpriseStatus;
  ownerUnitId: number;
  ownerUnitName: string;
  version: number;
}

export interface Enterprise extends EnterpriseListItem {
  formerNames: string[];
  countryCode: string | null;
  industryCode: string | null;
  industryId: number | null;
  nature: Nature | null;
  revenueBand: string | null;
  employees: number | null;
  website: string | null;
  description: string | null;
  ownerUsername: string | null;
  attractionMethod: string | null;
  source: string | null;
  contacts: Contact[];
  canEdit: boolean;
  createdAt: string;
}

export interface EnterpriseInput {
  name: string;
  formerNames: string[];
  creditCode?: string;
  regionCode?: string;
  industryCode?: string;
  industryId?: number | null;
  nature?: Nature | null;
  registeredCapital?: number | null;
  employees?: number | null;
  website?: string;
  description?: string;
  status: EnterpriseStatus;
  attractionMethod?: string;
  source?: string;
  tags: TagView[];
  contacts: Contact[];
}

export interface EnterpriseFilter {
  q?: string;
  tags: TagCode[];
  industryId?: number;
  status?: EnterpriseStatus;
  /** GB/T 2260: a province (370000) or a prefecture (370100) stands for every code below it. */
  regionCode?: string;
  ownerUnitId?: number;
  page: number;
  size: number;
  sort: string;
}
