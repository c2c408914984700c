import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReportAdjustment, ReportFigures } from '../api/types';
import { formatFigure, formatInstant } from './format';

const COMPARED = [
  'newYear',
  'fundsYearToDate',
  'foreignUsdYearToDate',
] as const satisfies readonly (keyof ReportFigures)[];
const METRIC_OF: Record<(typeof COMPARED)[number], string> = {
  newYear: 'new',
  fundsYearToDate: 'funds',
  foreignUsdYearToDate: 'foreignUsd',
};

/** Whether the live figures of a closed month differ from those published when it was closed. */
export function differs(published: ReportFigures, live: ReportFigures | null): boolean {
  if (!live) return false;
  return (Object.keys(published) as (keyof ReportFigures)[]).some(
    (key) => Number(published[key]) !== Number(live[key]),
  );
}

export interface DriftAlertProps {
  published: ReportFigures;
  live: ReportFigures;
  adjustments: ReportAdjustment[];
  monthNumber: number;
}

/** A closed month whose figures changed afterwards: published against live, and the changes behind it. */
export function DriftAlert({ published, live, adjustments, monthNumber }: DriftAlertProps) {
  const { t } = useTranslation();
  const rows = COMPARED.map((key) => ({
    key,
    published: published[key],
    live: live[key],
    difference: Number(live[key]) - Number(published[key]),
  }));
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="report-drift"
      style={{ marginBottom: 16 }}
      message={t('reports.drift')}
      description={
        <>
          <Typography.Paragraph>{t('reports.driftIntro')}</Typography.Paragraph>
          <Table
            size="small"
            data-testid="report-drift-comparison"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            style={{ marginBottom: 12 }}
            columns={[
              {
                title: t('reports.metric'),
                key: 'metric',
                render: (_, row) =>
                  `${t(`reports.metrics.${METRIC_OF[row.key]}`)} (${t('reports.yearToDate', { n: monthNumber })})`,
              },
              { title: t('reports.published'), dataIndex: 'published', align: 'right', render: formatFigure },
              { title: t('reports.live'), dataIndex: 'live', align: 'right', render: formatFigure },
              { title: t('reports.difference'), dataIndex: 'difference', align: 'right', render: formatFigure },
            ]}
          />
          {adjustments.length > 0 && (
            <>
              <Typography.Text strong>{t('reports.adjustments')}</Typography.Text>
              <Table<ReportAdjustment>
                size="small"
                data-testid="report-adjustments"
                rowKey={(a) => `${a.kind}-${a.projectId}-${a.recordedAt}-${a.detail}`}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                scroll={{ x: 800 }}
                dataSource={adjustments}
                columns={[
                  {
                    title: t('reports.adjustment.kind'),
                    dataIndex: 'kind',
                    render: (kind: string) => t(`reports.adjustmentKinds.${kind}`),
                  },
                  {
                    title: t('reports.adjustment.project'),
                    key: 'project',
                    render: (_, a) => (
                      <Link to={`/projects/${a.projectId}`}>{`${a.projectCode} ${a.projectName}`}</Link>
                    ),
                  },
                  { title: t('reports.adjustment.businessDate'), dataIndex: 'businessDate' },
                  { title: t('reports.adjustment.recordedAt'), dataIndex: 'recordedAt', render: formatInstant },
                  {
                    title: t('reports.adjustment.recordedBy'),
                    key: 'recordedBy',
                    render: (_, a) => <span title={a.recordedBy}>{a.recordedByName ?? a.recordedBy}</span>,
                  },
                  { title: t('reports.adjustment.detail'), dataIndex: 'detail' },
                  {
                    title: t('reports.adjustment.note'),
                    dataIndex: 'note',
                    render: (note: string | null) => note ?? '\u2014',
                  },
                ]}
              />
            </>
          )}
        </>
      }
    />
  );
}
