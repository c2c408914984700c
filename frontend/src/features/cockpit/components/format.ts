/** Display of the cockpit's figures: counts, 10k-CNY amounts as 100M-CNY headlines, year on year, periods, months. */

/** 100 million CNY = 10,000 x 10k CNY. */
const WAN_PER_YI = 10000;

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A 10k-CNY amount as 100M CNY with 2 decimals: the only arithmetic on money is this division, for display. */
export function formatYi(wan: number | null | undefined, language: string): string {
  if (wan === null || wan === undefined) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Number(wan) / WAN_PER_YI,
  );
}

/** 100M CNY for a chart axis, unformatted. */
export const toYi = (wan: number | null | undefined) => Number(wan ?? 0) / WAN_PER_YI;

/** Year on year: the change against the same period last year as a ratio; null when last year had nothing. */
export function changeRatio(current: number, lastYear: number): number | null {
  const base = Number(lastYear);
  return base === 0 ? null : (Number(current) - base) / base;
}

export function formatRatio(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'never' }).format(
    ratio,
  );
}

export function formatDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

const localDay = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/** Both ends of a period as words; the second without the year when both share it. */
export function periodEnds(from: string, to: string, language: string): { from: string; to: string } {
  const full = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric' });
  const short = new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric' });
  return {
    from: full.format(localDay(from)),
    to: (from.slice(0, 4) === to.slice(0, 4) ? short : full).format(localDay(to)),
  };
}

export function monthLabel(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short' }).format(new Date(2000, month - 1, 1));
}
