import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { figureDrillLink, type DrillFigure, type DrillPeriod } from '../api/get-figure-drill';
import type { Cockpit } from '../api/types';
import { monthToDate, projectsLink, yearToDate, type NewStage, type Period } from './drill-down';
import { formatMoney } from '../../../lib/format';
import { formatCount, formatYi } from './format';
import { FigureTitle } from '../../figures';
import { KpiCard } from './kpi-card';
import { NewParts } from './new-parts';
import { YearOnYear } from './year-on-year';

export interface KpiCardsProps {
  data: Cockpit;
}

const SPAN = { xs: 24, sm: 12, lg: 8, xl: 6 };
/** The headline and its parts (docs/figures.md). */
const NEW_PROJECT_FIGURES = ['new_projects', 'new_negotiating', 'new_signed', 'new_landed'] as const;

/** The headline figures of the period, each opening the projects behind it. */
export function KpiCards({ data }: KpiCardsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const year = yearToDate(data.asOf);
  const month = monthToDate(data.asOf);
  const { newThisYear, newSamePeriodLastYear, newThisMonth } = data.projects;
  const newLink = (period: Period) => (newStage: NewStage) =>
    projectsLink({ newStage, ...period, unitId: data.unitId });
  const drill = (figure: DrillFigure, period: DrillPeriod) =>
    figureDrillLink({ figure, period, asOf: data.asOf, unitId: data.unitId });
  const monthLine = (figure: DrillFigure, value: string, unit: string, testId: string) => (
    <span>
      {t('cockpit.kpi.thisMonth')}{' '}
      <Link to={drill(figure, 'MONTH')} data-testid={testId}>
        {value}
      </Link>{' '}
      {unit}
    </span>
  );
  const pending = (count: number | null) => (count === null ? '—' : formatCount(count, lang));

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-new"
          figure={NEW_PROJECT_FIGURES}
          title={t('cockpit.kpi.newProjects')}
          value={formatCount(newThisYear.total, lang)}
          unit={t('cockpit.count')}
          to={newLink(year)('ANY')}
        >
          <NewParts counts={newThisYear} linkTo={newLink(year)} testId="kpi-new" />
          {data.signedProjects && (
            <span>
              <FigureTitle
                title={
                  <Link to={drill('signed_projects', 'YTD')} data-testid="kpi-signed-projects">
                    {t('cockpitSigned.line', { count: data.signedProjects.yearToDate })}
                  </Link>
                }
                figure="signed_projects"
              />
            </span>
          )}
          <YearOnYear current={newThisYear.total} lastYear={newSamePeriodLastYear.total} />
        </KpiCard>
      </Col>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-month"
          figure={NEW_PROJECT_FIGURES}
          title={t('cockpit.kpi.newThisMonth')}
          value={formatCount(newThisMonth.total, lang)}
          unit={t('cockpit.count')}
          to={newLink(month)('ANY')}
        >
          <NewParts counts={newThisMonth} linkTo={newLink(month)} testId="kpi-month" />
        </KpiCard>
      </Col>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-investment"
          figure="counted_investment"
          title={t('cockpit.kpi.totalInvestment')}
          value={formatYi(data.totalInvestment, lang)}
          unit={t('cockpit.yi')}
          to={drill('counted_investment', 'YTD')}
        >
          <span>{t('cockpit.kpi.totalInvestmentHelp')}</span>
        </KpiCard>
      </Col>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-funds"
          figure="funds"
          title={t('cockpit.kpi.funds')}
          value={formatYi(data.fundsArrived.yearToDate, lang)}
          unit={t('cockpit.yi')}
          to={drill('funds', 'YTD')}
        >
          {monthLine('funds', formatYi(data.fundsArrived.month, lang), t('cockpit.yi'), 'kpi-funds-month')}
          <YearOnYear current={data.fundsArrived.yearToDate} lastYear={data.fundsArrived.yearToDateLastYear} />
        </KpiCard>
      </Col>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-foreign"
          figure="foreign_usd"
          title={t('cockpit.kpi.foreign')}
          value={formatMoney(data.foreignUsedUsd.yearToDate, lang)}
          unit={t('cockpit.wanUsd')}
          to={drill('foreign_usd', 'YTD')}
        >
          {monthLine(
            'foreign_usd',
            formatMoney(data.foreignUsedUsd.month, lang),
            t('cockpit.wanUsd'),
            'kpi-foreign-month',
          )}
          <YearOnYear current={data.foreignUsedUsd.yearToDate} lastYear={data.foreignUsedUsd.yearToDateLastYear} />
        </KpiCard>
      </Col>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-trips"
          figure={['leader_trips', 'trips']}
          title={t('cockpit.kpi.trips')}
          value={pending(data.trips)}
          unit={data.trips === null ? undefined : t('cockpit.tripsUnit')}
          hint={data.trips === null ? t('cockpit.notYet') : t('trips.cockpit.leaderLedHint')}
          to={data.trips === null ? undefined : `/trips?year=${data.year}&leaderLed=true`}
        >
          {data.tripsTotal != null && (
            <span data-testid="kpi-trips-total">{t('trips.cockpit.total', { count: data.tripsTotal })}</span>
          )}
        </KpiCard>
      </Col>
      <Col {...SPAN}>
        <KpiCard
          testId="kpi-events"
          figure={['events', 'event_signed']}
          title={t('cockpit.kpi.events')}
          value={pending(data.events)}
          unit={data.events === null ? undefined : t('cockpit.eventsUnit')}
          hint={data.events === null ? t('cockpit.notYet') : undefined}
          to={data.events === null ? undefined : `/events?year=${data.year}`}
        >
          {data.eventSignedProjects != null && (
            <span data-testid="kpi-events-signed">
              {t('events.cockpit.signed', { count: data.eventSignedProjects })}
            </span>
          )}
        </KpiCard>
      </Col>
    </Row>
  );
}
