import dayjs from 'dayjs';

export const MONTH_FORMAT = 'YYYY-MM';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month a report is usually wanted for: the one just ended. */
export const previousMonth = () => dayjs().subtract(1, 'month').format(MONTH_FORMAT);

/** The ?month= parameter when it is a well-formed YYYY-MM, else the previous month. */
export const monthOrDefault = (value: string | null) => (value && MONTH.test(value) ? value : previousMonth());

/** A count or an amount (up to 4 decimals), grouped for reading; missing is a dash. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined) return '\u2014';
  return Number(value).toLocaleString(undefined, { maximumFractionDigits: 4 });
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '\u2014';
  return `${value > 0 ? '+' : ''}${Number(value).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
}

export { formatInstant } from '../../../lib/date-time';
