import { DatePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthSource } from '../api/types';
import { isMonthDisabled, monthDay } from '../lib/month';
import { LabelledField } from './labelled-field';

export interface MonthFieldProps {
  month?: string;
  /** Where the proposed month came from; not said once the user picked another. */
  source?: MonthSource;
  closedMonths: string[];
  onChange: (month: string) => void;
}

/** The ledger's month: proposed by the server, any month up to this one that is not closed. */
export function MonthField({ month, source, closedMonths, onChange }: MonthFieldProps) {
  const { t } = useTranslation();
  const closed = Boolean(month && closedMonths.includes(month));
  return (
    <LabelledField
      label={t('ledgerImport.month.label')}
      htmlFor="ledger-month"
      error={closed}
      help={
        closed
          ? t('ledgerImport.month.closed', { month })
          : source
            ? t(`ledgerImport.month.source.${source}`)
            : undefined
      }
    >
      <DatePicker
        id="ledger-month"
        picker="month"
        allowClear={false}
        status={closed ? 'error' : undefined}
        value={month ? monthDay(month) : undefined}
        disabledDate={(day) => isMonthDisabled(day, closedMonths)}
        onChange={(day) => day && onChange(day.format('YYYY-MM'))}
      />
    </LabelledField>
  );
}
