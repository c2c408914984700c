import { Card, Empty, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureTitle } from '../../figures';
import { METRIC_FIGURES, METRICS, type Metric, type UnitRanking } from '../api/types';
import { formatScore, metricTitle } from '../lib/ranking-format';
import { MetricCell } from './metric-cell';

export interface RankingTableProps {
  units: UnitRanking[];
  emptyText: string;
}

const resultOf = (unit: UnitRanking, metric: Metric) => unit.metrics.find((m) => m.metric === metric);

function RankBadge({ rank }: { rank: number | null }) {
  const { t } = useTranslation();
  if (rank === null) return <Typography.Text type="secondary">{t('ranking.unranked')}</Typography.Text>;
  return <Tag color={rank <= 3 ? 'gold' : undefined}>{rank}</Tag>;
}

/** The league table: a table on a wide screen, one card per unit on a phone. */
export function RankingTable({ units, emptyText }: RankingTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const screens = Grid.useBreakpoint();

  if (screens.md === false) {
    return (
      <List<UnitRanking>
        dataSource={units}
        locale={{ emptyText: <Empty description={emptyText} /> }}
        renderItem={(unit) => (
          <List.Item key={unit.unitId} data-testid={`ranking-row-${unit.unitId}`}>
            <Card size="small" style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                <Flex gap={8} align="center">
                  <RankBadge rank={unit.rank} />
                  <Typography.Text strong>{unit.unitName}</Typography.Text>
                </Flex>
                <Typography.Text strong>{formatScore(unit.score, lang)}</Typography.Text>
              </Flex>
              {METRICS.map((m) => (
                <Flex key={m} justify="space-between" gap={8} style={{ marginTop: 4 }}>
                  {/* Break "FDI used (10k USD)" before its unit, not inside a word, on a narrow card. */}
                  <Typography.Text type="secondary" style={{ wordBreak: 'keep-all' }} data-testid="metric-name">
                    {metricTitle(t, m)}
                  </Typography.Text>
                  <div style={{ textAlign: 'right' }}>
                    <MetricCell result={resultOf(unit, m)} />
                  </div>
                </Flex>
              ))}
            </Card>
          </List.Item>
        )}
      />
    );
  }

  return (
    <Table<UnitRanking>
      rowKey="unitId"
      size="middle"
      pagination={false}
      scroll={{ x: 1000 }}
      dataSource={units}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      onRow={(unit) => ({ 'data-testid': `ranking-row-${unit.unitId}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('ranking.columns.rank'),
          key: 'rank',
          width: 72,
          fixed: 'left',
          render: (_, u) => <RankBadge rank={u.rank} />,
        },
        { title: t('ranking.columns.unit'), key: 'unit', width: 180, fixed: 'left', render: (_, u) => u.unitName },
        ...METRICS.map((m) => ({
          title: <FigureTitle title={metricTitle(t, m)} figure={[METRIC_FIGURES[m], 'target_completion']} />,
          key: m,
          render: (_: unknown, u: UnitRanking) => <MetricCell result={resultOf(u, m)} />,
        })),
        {
          title: <FigureTitle title={t('ranking.columns.score')} figure="ranking_score" />,
          key: 'score',
          width: 96,
          align: 'right' as const,
          render: (_: unknown, u: UnitRanking) => (
            <Typography.Text strong>{formatScore(u.score, lang)}</Typography.Text>
          ),
        },
      ]}
    />
  );
}
