import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { DataAsOf } from '../../../components/data-as-of';
import { useMe } from '../../auth';
import { monthlyReportExcelUrl, useMonthlyReport } from '../api/get-monthly-report';
import { DriftAlert, differs } from './drift-alert';
import { MONTH_FORMAT, monthOrDefault } from './format';
import { GroupTable } from './group-table';
import { LedgerScopeNote } from './ledger-scope-note';
import { PdfDownloadButton } from './pdf-download-button';
import { PublicationActions } from './publication-actions';
import { SummaryTable } from './summary-table';
import { TargetsTable } from './targets-table';
import { QueryError } from '../../../components/query-error';

/** The two breakdowns, by unit and by industry, each with the server's totals row. */
const GROUPS = [
  { key: 'byUnit', title: 'reports.byUnit', nameTitle: 'reports.unit', testId: 'report-by-unit' },
  { key: 'byIndustry', title: 'reports.byIndustry', nameTitle: 'reports.industry', testId: 'report-by-industry' },
] as const;

/** The monthly report: key figures, by unit and by industry, its Excel and PDF, and closing the month. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = monthOrDefault(params.get('month'));
  const me = useMe();
  const report = useMonthlyReport(month);
  const data = report.data;
  const publication = data?.publication;
  const monthNumber = Number(month.slice(5, 7));

  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    next.set('month', value);
    setParams(next);
  };

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Flex align="center" wrap gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('reports.title')}
          </Typography.Title>
          <DatePicker
            picker="month"
            aria-label={t('reports.month')}
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(day) => day.isAfter(dayjs(), 'month')}
            onChange={(day) => day && choose(day.format(MONTH_FORMAT))}
          />
          {publication && <PublicationActions month={month} publication={publication} roles={me.data?.roles ?? []} />}
        </Flex>
        <Flex wrap gap={8}>
          <Button icon={<DownloadOutlined />} href={monthlyReportExcelUrl(month)} disabled={!data}>
            {t('reports.download')}
          </Button>
          <PdfDownloadButton month={month} disabled={!data} />
        </Flex>
      </Flex>
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} marginBottom={16} />}
      {report.isLoading && <Skeleton active />}
      {data && publication && (
        <>
          <Typography.Paragraph type="secondary">
            {t('reports.period', { from: data.from, to: data.to })}
            {publication.status === 'OPEN' && <DataAsOf at={data.dataAsOf} style={{ marginLeft: 16 }} />}
          </Typography.Paragraph>
          {data.ledgerScope && <LedgerScopeNote scope={data.ledgerScope} />}
          {publication.status === 'CLOSED' &&
            publication.liveSummary &&
            differs(data.summary, publication.liveSummary) && (
              <DriftAlert
                published={data.summary}
                live={publication.liveSummary}
                adjustments={publication.adjustments}
                monthNumber={monthNumber}
              />
            )}
          <Typography.Title level={5}>{t('reports.summary')}</Typography.Title>
          <SummaryTable report={data} />
          {data.targets && data.targets.lines.length > 0 && <TargetsTable targets={data.targets} />}
          {GROUPS.map(({ key, title, nameTitle, testId }) => (
            <Fragment key={key}>
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                {t(title)}
              </Typography.Title>
              <GroupTable
                groups={data[key]}
                total={data.summary}
                nameTitle={t(nameTitle)}
                testId={testId}
                figureIds={data.figureIds}
              />
            </Fragment>
          ))}
        </>
      )}
    </Card>
  );
}
