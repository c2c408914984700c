import { Card, DatePicker, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExcelExportButton } from '../../../components/excel-export-button';
import { rankingUrl, useRanking } from '../api/get-ranking';
import { formatPercent } from '../lib/ranking-format';
import { FigureTitle, FigureInfo } from '../../figures';
import { RankingTable } from './ranking-table';
import { ScoreChart } from './score-chart';
import { useRankingParams } from './use-ranking-params';
import { QueryError } from '../../../components/query-error';

const isFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');

/** The unit ranking: the published league table of the year up to any day, for every role. */
export function RankingPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useRankingParams();
  const ranking = useRanking(params);
  const data = ranking.data;
  const year = params.year ?? data?.year ?? dayjs().year();
  const asOf = params.asOf ?? data?.asOf;

  return (
    <div data-testid="ranking">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            <FigureTitle title={t('ranking.title')} figure="ranking_score" />
          </Typography.Title>
          {data && (
            <Flex wrap gap={8} align="center">
              <Tag color="blue" data-testid="time-progress">
                {t('ranking.timeProgress', {
                  percent: formatPercent(data.timeProgressPercent, i18n.language),
                  month: data.month,
                })}
                <FigureInfo id="time_progress" />
              </Tag>
              <Typography.Text type="secondary">
                {t(`ranking.method.${data.rule.method}`)}：
                {t(`ranking.methodHelp.${data.rule.method}`, { cap: data.rule.capPercent })}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
        <Flex wrap gap={8} align="center">
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('ranking.year')}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(day) => day.year() > dayjs().year()}
            onChange={(day) => day && setParams({ year: day.year() })}
          />
          <DatePicker
            allowClear={false}
            aria-label={t('ranking.asOf')}
            prefix={t('ranking.asOf')}
            value={asOf ? dayjs(asOf) : undefined}
            disabledDate={(day) => isFuture(day) || day.year() !== year}
            onChange={(day) => day && setParams({ year: day.year(), asOf: day.format('YYYY-MM-DD') })}
          />
          <ExcelExportButton listUrl={rankingUrl(params)} />
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">{t('ranking.intro')}</Typography.Paragraph>
      {ranking.isError && <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} marginBottom={16} />}
      {ranking.isPending && <Skeleton active />}
      {data && (
        <Flex vertical gap={16}>
          {data.units.some((u) => u.score !== null) && <ScoreChart units={data.units} />}
          <Card styles={{ body: { padding: 0 } }}>
            <RankingTable units={data.units} emptyText={t('ranking.empty', { year: data.year })} />
          </Card>
        </Flex>
      )}
    </div>
  );
}
