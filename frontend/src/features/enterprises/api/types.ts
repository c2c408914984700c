import type { ListFilter, Schemas } from '../../../types/api';

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
] as const satisfies readonly Schemas['EnterpriseTagCode'][];
export type TagCode = Schemas['EnterpriseTagCode'];
export type EnterpriseStatus = Schemas['EnterpriseStatus'];
export const STATUSES = ['POOL', 'FOLLOWING', 'CONVERTED', 'DORMANT'] as const satisfies readonly EnterpriseStatus[];
export type Nature = Schemas['EnterpriseNature'];
export const NATURES = [
  'CENTRAL_SOE',
  'LOCAL_SOE',
  'PRIVATE',
  'FOREIGN',
  'HK_MO_TW',
] as const satisfies readonly Nature[];

export type TagView = Schemas['TagView'];
/** A contact as the server sends it; a form sends one without `id` (new) or with it (kept). */
export type Contact = Schemas['ContactView'];
export type EnterpriseListItem = Schemas['EnterpriseListItem'];
export type Enterprise = Schemas['EnterpriseView'];
export type EnterpriseInput = Schemas['EnterpriseRequest'];

/** `regionCode`, GB/T 2260: a province (370000) or a prefecture (370100) stands for every code below it. */
export type EnterpriseFilter = ListFilter<
  '/api/enterprises',
  'q' | 'industryId' | 'status' | 'regionCode' | 'ownerUnitId'
> & {
  /** Sent as `tag`, once for each. */
  tags: TagCode[];
  sort: string;
};
