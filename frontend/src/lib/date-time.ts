import dayjs from 'dayjs';

/** The one way a moment is written for people: 2026-12-07 09:42 (the server writes exports and PDFs the same way). */
export function formatInstant(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '\u2014';
}
