import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Cockpit } from '../api/types';
import { LAST_YEAR, LEGEND, TEXT, THIS_YEAR, TOOLTIP } from './chart-theme';
import { figureDrillLink } from '../api/get-figure-drill';
import { monthPeriod, projectsLink } from './drill-down';
import { EChart, type ChartClick } from '../../../components/echart';
import { monthLabel, toYi } from './format';
import { FigureTitle } from '../../figures';

export interface MonthlyChartProps {
  data: Cockpit;
  /** New projects per month, or funds in place per month (100M CNY). */
  kind: 'projects' | 'funds';
}

/** This year's months as bars against last year's as a line; a bar opens that month's projects. */
export function MonthlyChart({ data, kind }: MonthlyChartProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const months = data.monthly;
  const projects = kind === 'projects';
  const thisYear = months.map((m) => (projects ? m.newProjects.total : toYi(m.funds)));
  const lastYear = months.map((m) => (projects ? m.newProjectsLastYear.total : toYi(m.fundsLastYear)));
  const title = t(projects ? 'cockpit.monthly.projectsTitle' : 'cockpit.monthly.fundsTitle');
  const unit = t(projects ? 'cockpit.count' : 'cockpit.yi');
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: projects ? 0 : 2 });

  const open = ({ seriesIndex, dataIndex }: ChartClick) => {
    const period = monthPeriod(data.asOf, months[dataIndex].month, seriesIndex === 1);
    navigate(
      projects
        ? projectsLink({ newStage: 'ANY', ...period, unitId: data.unitId })
        : figureDrillLink({ figure: 'funds', period: 'MONTH', asOf: period.to, unitId: data.unitId }),
    );
  };

  return (
    <Card title={<FigureTitle title={title} figure={projects ? 'monthly_new' : 'funds'} />} style={{ height: '100%' }}>
      {months.length === 0 ? (
        <Empty description={t('cockpit.empty')} />
      ) : (
        <EChart
          label={title}
          onClick={open}
          option={{
            textStyle: TEXT,
            color: [THIS_YEAR, LAST_YEAR],
            legend: LEGEND,
            tooltip: { ...TOOLTIP, trigger: 'axis', valueFormatter: (v) => `${format.format(Number(v))} ${unit}` },
            grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month, i18n.language)), axisLabel: TEXT },
            yAxis: { type: 'value', name: unit, axisLabel: TEXT, minInterval: projects ? 1 : undefined },
            series: [
              {
                name: t('cockpit.monthly.thisYear', { year: data.year }),
                type: 'bar',
                data: thisYear,
                barMaxWidth: 36,
              },
              {
                name: t('cockpit.monthly.lastYear', { year: data.year - 1 }),
                type: 'line',
                data: lastYear,
                symbolSize: 8,
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
