import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../api/types';
import { useChangeColour } from '../../../lib/change-colours';
import { FigureTitle } from '../../figures';
import { formatFigure, formatPercent } from './format';

interface SummaryRow {
  key: string;
  /** The field whose catalogue id names the figure (report.figureIds). */
  field: keyof MonthlyReport['summary'];
  month: number | null;
  yearToDate: number | null;
  lastYear: number | null;
  yoy: number | null;
}

export function summaryRows(report: MonthlyReport): SummaryRow[] {
  const s = report.summary;
  return [
    {
      key: 'new',
      field: 'newYear',
      month: s.newMonth,
      yearToDate: s.newYear,
      lastYear: report.newLastYear,
      yoy: report.newYoyPercent,
    },
    {
      key: 'negotiating',
      field: 'negotiatingYear',
      month: s.negotiatingMonth,
      yearToDate: s.negotiatingYear,
      lastYear: null,
      yoy: null,
    },
    { key: 'signed', field: 'signedYear', month: s.signedMonth, yearToDate: s.signedYear, lastYear: null, yoy: null },
    { key: 'landed', field: 'landedYear', month: s.landedMonth, yearToDate: s.landedYear, lastYear: null, yoy: null },
    {
      key: 'totalInvestmentNew',
      field: 'totalInvestmentNewYear',
      month: null,
      yearToDate: s.totalInvestmentNewYear,
      lastYear: null,
      yoy: null,
    },
    {
      key: 'funds',
      field: 'fundsYearToDate',
      month: s.fundsMonth,
      yearToDate: s.fundsYearToDate,
      lastYear: report.fundsLastYear,
      yoy: report.fundsYoyPercent,
    },
    {
      key: 'foreignUsd',
      field: 'foreignUsdYearToDate',
      month: s.foreignUsdMonth,
      yearToDate: s.foreignUsdYearToDate,
      lastYear: report.foreignUsdLastYear,
      yoy: report.foreignUsdYoyPercent,
    },
  ];
}

/** Figure (with its ⓘ) / this month / year to date / same period last year / year-on-year %, a rise red by default. */
export function SummaryTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation();
  const colour = useChangeColour();
  const metric = (row: SummaryRow) => {
    const figure = report.figureIds?.[row.field];
    const name = t(`reports.metrics.${row.key}`);
    return figure ? <FigureTitle title={name} figure={figure} /> : name;
  };
  const monthNumber = Number(report.month.slice(5, 7));
  return (
    <Table<SummaryRow>
      size="small"
      data-testid="report-summary"
      rowKey="key"
      pagination={false}
      scroll={{ x: 560 }}
      dataSource={summaryRows(report)}
      columns={[
        { title: t('reports.metric'), key: 'metric', render: (_, row) => metric(row) },
        { title: t('reports.currentMonth'), dataIndex: 'month', align: 'right', render: formatFigure },
        {
          title: t('reports.yearToDate', { n: monthNumber }),
          dataIndex: 'yearToDate',
          align: 'right',
          render: formatFigure,
        },
        { title: t('reports.lastYear'), dataIndex: 'lastYear', align: 'right', render: formatFigure },
        {
          title: t('reports.yoy'),
          dataIndex: 'yoy',
          align: 'right',
          render: (yoy: number | null) => (
            <span style={yoy ? { color: colour(yoy > 0) } : undefined}>{formatPercent(yoy)}</span>
          ),
        },
      ]}
    />
  );
}
