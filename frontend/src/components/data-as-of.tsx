import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataAsOfProps {
  /** When the data shown was current, as the API says it (`dataAsOf`: the read replica's replay time, ADR 0019). */
  at: string | null | undefined;
  style?: CSSProperties;
}

/** "Data as of 2026-12-07 09:42" beside figures read from the read replica; nothing when the API does not say. */
export function DataAsOf({ at, style }: DataAsOfProps) {
  const { t } = useTranslation();
  if (!at) return null;
  return (
    <span data-testid="data-as-of" style={style}>
      {t('dataAsOf', { at: dayjs(at).format('YYYY-MM-DD HH:mm') })}
    </span>
  );
}
