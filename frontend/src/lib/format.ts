import { formatInstant as formatMoment } from './date-time';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';

export const DATE_FORMAT = 'YYYY-MM-DD';

/** A field's value as a record's page shows it: a dash when it has none. */
export const orDash = (value: ReactNode): ReactNode =>
  value === null || value === undefined || value === '' ? '—' : value;

/**
 * Money as the server sends it (ten-thousand yuan or dollars, up to 4 decimals), grouped for reading in the given
 * language (else the browser's); missing is a dash. Counts read the same way.
 */
export function formatMoney(value: number | string | null | undefined, language?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(Number(value));
}

/** See `lib/date-time`; the language no longer changes how a moment is written. */
export function formatInstant(value: string | null | undefined, _language?: string): string {
  return formatMoment(value);
}

export const toDateString = (value: Dayjs) => value.format(DATE_FORMAT);

/** Business dates cannot lie in the future. */
export const isFutureDate = (value: Dayjs) => value.isAfter(dayjs(), 'day');

/** A decimal typed as text (InputNumber stringMode) as the number the API takes; blank is null. */
export function toDecimal(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  return Number(value);
}

export const blankToNull = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);

/** A non-negative decimal with at most 14 integer digits and 4 decimals, as the server's columns hold. */
export const DECIMAL_4 = /^\d{1,14}(\.\d{1,4})?$/;
