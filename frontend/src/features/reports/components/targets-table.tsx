import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PaceText, formatPercent, metricTitle } from '../../ranking';
import { formatMoney } from '../../../lib/format';
import { FigureTitle } from '../../figures';
import type { ReportTargets } from '../api/types';

type Line = ReportTargets['lines'][number];

/** Progress against targets: each metric's annual target, year-to-date actual, completion and the points against time progress. */
export function TargetsTable({ targets }: { targets: ReportTargets }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        <FigureTitle title={t('reportTargets.title')} figure={['target_completion', 'time_progress']} />{' '}
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
          {t('ranking.timeProgress', {
            percent: formatPercent(targets.timeProgressPercent, language),
            month: targets.month,
          })}
        </Typography.Text>
      </Typography.Title>
      <Table<Line>
        size="small"
        data-testid="report-targets"
        rowKey="metric"
        pagination={false}
        scroll={{ x: 560 }}
        dataSource={targets.lines}
        columns={[
          {
            title: t('reports.metric'),
            key: 'metric',
            render: (_, l) =>
              l.figure ? <FigureTitle title={metricTitle(t, l.metric)} figure={l.figure} /> : metricTitle(t, l.metric),
          },
          {
            title: t('reportTargets.target'),
            dataIndex: 'target',
            align: 'right',
            render: (v: number | null) => formatMoney(v, language),
          },
          {
            title: t('reportTargets.actual', { n: targets.month }),
            dataIndex: 'actual',
            align: 'right',
            render: (v: number) => formatMoney(v, language),
          },
          {
            title: t('ranking.columns.completion'),
            dataIndex: 'completionPercent',
            align: 'right',
            render: (v: number | null) => formatPercent(v, language),
          },
          {
            title: t('ranking.columns.pace'),
            dataIndex: 'aheadPoints',
            align: 'right',
            render: (v: number | null) => <PaceText aheadPoints={v} />,
          },
        ]}
      />
    </>
  );
}
