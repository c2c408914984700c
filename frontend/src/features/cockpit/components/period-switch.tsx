import { Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const DAY = 'YYYY-MM-DD';

/** The last day of the last complete month: where the cockpit opens, so its months 1–N match the monthly report. */
export const lastMonthEnd = () => dayjs().startOf('month').subtract(1, 'day').format(DAY);

export interface PeriodSwitchProps {
  asOf: string;
  onChange: (asOf: string) => void;
}

/** End of last month (the report's period) or up to today; a date picked by hand leaves both unselected. */
export function PeriodSwitch({ asOf, onChange }: PeriodSwitchProps) {
  const { t } = useTranslation();
  const month = lastMonthEnd();
  const today = dayjs().format(DAY);
  const value = asOf === month ? 'month' : asOf === today ? 'today' : '';
  return (
    <Segmented
      aria-label={t('cockpitPeriod.label')}
      value={value}
      onChange={(v) => onChange(v === 'month' ? month : today)}
      options={[
        { value: 'month', label: t('cockpitPeriod.lastMonth', { month: dayjs(month).month() + 1 }) },
        { value: 'today', label: t('cockpitPeriod.toDate') },
      ]}
    />
  );
}
