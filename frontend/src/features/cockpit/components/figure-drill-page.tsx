import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Grid, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { FigureTitle } from '../../figures';
import { StageTag } from '../../projects';
import { formatMoney } from '../../../lib/format';
import {
  DRILL_FIGURES,
  useFigureDrill,
  type DrillFigure,
  type DrillItem,
  type DrillPeriod,
  type DrillQuery,
} from '../api/get-figure-drill';

const PERIODS: DrillPeriod[] = ['MONTH', 'YTD', 'LAST_YTD'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY: DrillFigure[] = ['funds', 'foreign_usd', 'counted_investment'];

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export function readDrillQuery(figure: string | undefined, params: URLSearchParams): DrillQuery | null {
  const asOf = params.get('asOf');
  const period = params.get('period') as DrillPeriod | null;
  if (!figure || !(DRILL_FIGURES as readonly string[]).includes(figure) || !asOf || !DATE.test(asOf)) return null;
  return {
    figure: figure as DrillFigure,
    asOf,
    period: period && PERIODS.includes(period) ? period : 'YTD',
    unitId: positive(params.get('unitId')),
    industryId: positive(params.get('industryId')),
    zoneId: positive(params.get('zoneId')),
  };
}

/** The projects behind one cockpit figure, each with the figure's own number; the total is the figure. */
export function FigureDrillPage() {
  const { t, i18n } = useTranslation();
  const { figure } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const query = readDrillQuery(figure, params);
  const drill = useFigureDrill(query);
  if (!query) return <Alert type="warning" showIcon message={t('figureDrill.badLink')} />;

  const money = MONEY.includes(query.figure);
  const unit = t(`figureDrill.unit.${query.figure}`, { defaultValue: '' });
  const value = (v: number | null) => (v === null ? '—' : formatMoney(v, i18n.language));
  const data = drill.data;
  const summary = data
    ? money
      ? t('figureDrill.totalMoney', { total: value(data.total), unit, count: data.count })
      : t('figureDrill.totalCount', { count: data.count })
    : '';

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('figureDrill.back')}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          <FigureTitle title={t(`figureDrill.figure.${query.figure}`)} figure={query.figure} />
        </Typography.Title>
      </Flex>
      <Typography.Text type="secondary" data-testid="figure-drill-period">
        {t(`figureDrill.period.${query.period}`)}
        {data ? ` · ${data.from} — ${data.to}` : ''}
      </Typography.Text>
      {drill.isError && <Alert type="error" showIcon message={(drill.error as Error).message} />}
      <Card loading={drill.isLoading} title={<span data-testid="figure-drill-total">{summary}</span>}>
        {phone ? (
          <List<DrillItem>
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty description={t('figureDrill.empty')} /> }}
            renderItem={(row) => (
              <List.Item extra={money ? `${value(row.value)} ${unit}` : undefined}>
                <List.Item.Meta
                  title={<Link to={`/projects/${row.projectId}`}>{row.name}</Link>}
                  description={
                    <>
                      {row.unitName} · <StageTag stage={row.stage as never} />
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Table<DrillItem>
            rowKey="projectId"
            size="middle"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty description={t('figureDrill.empty')} /> }}
            columns={[
              { title: t('figureDrill.code'), dataIndex: 'code', width: 160 },
              {
                title: t('figureDrill.name'),
                key: 'name',
                render: (_, row) => <Link to={`/projects/${row.projectId}`}>{row.name}</Link>,
              },
              { title: t('figureDrill.unitName'), dataIndex: 'unitName', width: 180 },
              {
                title: t('figureDrill.stage'),
                key: 'stage',
                width: 100,
                render: (_, row) => <StageTag stage={row.stage as never} />,
              },
              ...(money
                ? [
                    {
                      title: `${t(`figureDrill.valueTitle.${query.figure}`)}（${unit}）`,
                      key: 'value',
                      align: 'right' as const,
                      width: 180,
                      render: (_: unknown, row: DrillItem) => value(row.value),
                    },
                  ]
                : []),
            ]}
            summary={() =>
              data && money ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={4}>
                    {t('figureDrill.sum')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <strong>{value(data.total)}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        )}
      </Card>
    </Flex>
  );
}
