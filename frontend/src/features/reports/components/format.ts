import dayjs from 'dayjs';
import { formatMoney } from '../../../lib/format';

export const MONTH_FORMAT = 'YYYY-MM';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month a report is usually wanted for: the one just ended. */
export const previousMonth = () => dayjs().subtract(1, 'month').format(MONTH_FORMAT);

/** The ?month= parameter when it is a well-formed YYYY-MM, else the previous month. */
export const monthOrDefault = (value: string | null) => (value && MONTH.test(value) ? value : previousMonth());

/** A count or an amount as `formatMoney` writes it, taking one argument (a table column's render passes more). */
export const formatFigure = (value: number | null | undefined): string => formatMoney(value);

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '\u2014';
  return `${value > 0 ? '+' : ''}${Number(value).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
}

export { formatInstant } from '../../../lib/date-time';
