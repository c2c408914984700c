import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLEAR_DRILL_DOWN, useProjectFilter } from './use-project-filter';

const day = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/** "1 January 2026 — 26 November": the year once when both ends share it. */
function period(
  from: string | undefined,
  to: string | undefined,
  language: string,
  join: (a: string, b: string) => string,
) {
  if (!from || !to) return from ?? to ?? '';
  const full = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric' });
  const short = new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric' });
  return join(full.format(day(from)), (from.slice(0, 4) === to.slice(0, 4) ? short : full).format(day(to)));
}

/**
 * Says which cockpit figure the list was opened from (new projects at a stage, or with funds arriving, in a
 * period), so the filter is understood, and clears it.
 */
export function DrillDownAlert() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useProjectFilter();
  if (!filter.newStage && !filter.withFunds) return null;

  const what = filter.newStage
    ? t(`projects.drillDown.newStage.${filter.newStage}`)
    : t('projects.drillDown.withFunds');
  const when = period(filter.from, filter.to, i18n.language, (from, to) =>
    t('projects.drillDown.period', { from, to }),
  );
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      data-testid="drill-down"
      style={{ marginBottom: 12 }}
      message={t('projects.drillDown.label', { period: when, what })}
      action={
        <Button size="small" onClick={() => setFilter(CLEAR_DRILL_DOWN)}>
          {t('projects.drillDown.clear')}
        </Button>
      }
    />
  );
}
