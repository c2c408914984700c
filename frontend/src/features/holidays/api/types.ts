import type { Schemas } from '../../../types/api';

/** A day of the holiday calendar: off (a public holiday) or a weekend day worked in exchange (tiaoxiu). */
export type HolidayKind = Schemas['HolidayKind'];
export const HOLIDAY_KINDS = ['OFF', 'WORKDAY'] as const satisfies readonly HolidayKind[];

export type Holiday = Schemas['HolidayView'];
export type HolidayInput = Schemas['HolidayRequest'];
