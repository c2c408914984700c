import dayjs, { type Dayjs } from 'dayjs';

/** A ledger month that cannot be imported: one that has not begun, or one closed (month-end close). */
export const isMonthDisabled = (day: Dayjs, closedMonths: readonly string[]) =>
  day.isAfter(dayjs(), 'month') || closedMonths.includes(day.format('YYYY-MM'));

export const monthDay = (month: string) => dayjs(`${month}-01`);
