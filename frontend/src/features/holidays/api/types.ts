/** A day of the holiday calendar: off (a public holiday) or a weekend day worked in exchange (tiaoxiu). */
export const HOLIDAY_KINDS = ['OFF', 'WORKDAY'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  id: number;
  /** YYYY-MM-DD */
  day: string;
  kind: HolidayKind;
  name: string;
  version: number;
}

export interface HolidayInput {
  day: string;
  kind: HolidayKind;
  name: string;
}
