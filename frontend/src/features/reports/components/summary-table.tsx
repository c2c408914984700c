import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../api/types';
import { formatFigure, formatPercent } from './format';

interface SummaryRow {
  key: string;
  month: number | null;
  yearToDate: number | null;
  lastYear: number | null;
  yoy: number | null;
}

export function summaryRows(report: MonthlyReport): SummaryRow[] {
  const s = report.summary;
  return [
    { key: 'new', month: s.newMonth, yearToDate: s.newYear, lastYear: report.newLastYear, yoy: report.newYoyPercent },
    { key: 'negotiating', month: s.negotiatingMonth, yearToDate: s.negotiatingYear, lastYear: null, yoy: null },
    { key: 'signed', month: s.signedMonth, yearToDate: s.signedYear, lastYear: null, yoy: null },
    { key: 'landed', month: s.landedMonth, yearToDate: s.landedYear, lastYear: null, yoy: null },
    { key: 'totalInvestmentNew', month: null, yearToDate: s.totalInvestmentNewYear, lastYear: null, yoy: null },
    { key: 'funds', month: s.fundsMonth, yearToDate: s.fundsYearToDate, lastYear: report.fundsLastYear, yoy: report.fundsYoyPercent },
    {
      key: 'foreignUsd',
      month: s.foreignUsdMonth,
      yearToDate: s.foreignUsdYearToDate,
      lastYear: report.foreignUsdLastYear,
      yoy: report.foreignUsdYoyPercent,
    },
  ];
}

/** Figure / this month / year to date / same period last year / year-on-year %. */
export function SummaryTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation();
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
        { title: t('reports.metric'), key: 'metric', render: (_, row) => t(`reports.metrics.${row.key}`) },
        { title: t('reports.currentMonth'), dataIndex: 'month', align: 'right', render: formatFigure },
        { title: t('reports.yearToDate', { n: monthNumber }), dataIndex: 'yearToDate', align: 'right', render: formatFigure },
        { title: t('reports.lastYear'), dataIndex: 'lastYear', align: 'right', render: formatFigure },
        { title: t('reports.yoy'), dataIndex: 'yoy', align: 'right', render: formatPercent },
      ]}
    />
  );
}
