import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Breakdown, Cockpit } from '../api/types';
import { LEGEND, SECOND, TEXT, THIS_YEAR, TOOLTIP } from './chart-theme';
import { figureDrillLink } from '../api/get-figure-drill';
import { projectsLink, yearToDate } from './drill-down';
import { EChart, type ChartClick } from '../../../components/echart';
import { toYi } from './format';
import { FigureTitle } from '../../figures';

export interface BreakdownChartProps {
  data: Cockpit;
  /** By 4+N industry or by zone. */
  by: 'industry' | 'zone';
}

const ROW_HEIGHT = 44;

/** New projects (count) and funds this year (100M CNY) per industry or zone; a bar opens its projects. */
export function BreakdownChart({ data, by }: BreakdownChartProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const rows: Breakdown[] = by === 'industry' ? data.byIndustry : data.byZone;
  const title = t(`cockpit.breakdown.${by}`);
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const names = rows.map((r) => r.name ?? t('cockpit.unassigned'));

  const open = ({ seriesIndex, dataIndex }: ChartClick) => {
    const row = rows[dataIndex];
    // Projects without an industry or zone cannot be asked for by id.
    if (!row || row.id === null) return;
    const dimension = by === 'industry' ? { industryId: row.id } : { zoneId: row.id };
    navigate(
      seriesIndex === 0
        ? projectsLink({ newStage: 'ANY', ...yearToDate(data.asOf), unitId: data.unitId, ...dimension })
        : figureDrillLink({ figure: 'funds', period: 'YTD', asOf: data.asOf, unitId: data.unitId, ...dimension }),
    );
  };

  return (
    <Card title={<FigureTitle title={title} figure={['new_projects', 'funds']} />} style={{ height: '100%' }}>
      {rows.length === 0 ? (
        <Empty description={t('cockpit.empty')} />
      ) : (
        <EChart
          label={title}
          height={Math.max(260, rows.length * ROW_HEIGHT + 90)}
          onClick={open}
          option={{
            textStyle: TEXT,
            color: [THIS_YEAR, SECOND],
            legend: LEGEND,
            tooltip: {
              ...TOOLTIP,
              trigger: 'axis',
              axisPointer: { type: 'shadow' },
              valueFormatter: (v) => format.format(Number(v)),
            },
            grid: { left: 8, right: 48, top: 56, bottom: 24, containLabel: true },
            yAxis: {
              type: 'category',
              data: names,
              inverse: true,
              axisLabel: { ...TEXT, width: 140, overflow: 'truncate' },
            },
            xAxis: [
              { type: 'value', name: t('cockpit.count'), position: 'bottom', minInterval: 1, axisLabel: TEXT },
              { type: 'value', name: t('cockpit.yi'), position: 'top', axisLabel: TEXT, splitLine: { show: false } },
            ],
            series: [
              {
                name: t('cockpit.breakdown.newProjects'),
                type: 'bar',
                xAxisIndex: 0,
                data: rows.map((r) => r.newProjects),
              },
              {
                name: t('cockpit.breakdown.funds'),
                type: 'bar',
                xAxisIndex: 1,
                data: rows.map((r) => toYi(r.fundsYearToDate)),
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
