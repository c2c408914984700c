import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ReportGroup } from '../api/types';
import { FigureTitle } from '../../figures';
import { formatFigure } from './format';

const COLUMNS = [
  'newMonth',
  'newYear',
  'negotiatingYear',
  'signedYear',
  'landedYear',
  'totalInvestmentNewYear',
  'fundsMonth',
  'fundsYearToDate',
  'foreignUsdYearToDate',
] as const satisfies readonly (keyof ReportFigures)[];

export interface GroupTableProps {
  groups: ReportGroup[];
  /**
   * The totals row: the server's summary. Every project line falls in exactly one unit and one industry, so the
   * summary is the sum of either table, added up exactly (BigDecimal) where a sum here would be in floating point.
   */
  total: ReportFigures;
  /** The heading of the first column: unit or industry. */
  nameTitle: string;
  testId: string;
  /** The catalogue id of each column's figure, by field (report.figureIds): an ⓘ in its header. */
  figureIds?: Partial<Record<string, string>>;
}

/** Figures by unit or by industry, with the server's totals row. */
export function GroupTable({ groups, total, nameTitle, testId, figureIds }: GroupTableProps) {
  const { t } = useTranslation();
  const header = (key: (typeof COLUMNS)[number]) => {
    const figure = figureIds?.[key];
    return figure ? <FigureTitle title={t(`reports.columns.${key}`)} figure={figure} /> : t(`reports.columns.${key}`);
  };
  return (
    <Table<ReportGroup>
      size="small"
      data-testid={testId}
      rowKey="id"
      pagination={false}
      scroll={{ x: 1100 }}
      dataSource={groups}
      locale={{ emptyText: t('reports.empty') }}
      columns={[
        {
          title: nameTitle,
          dataIndex: 'name',
          fixed: 'left',
          width: 160,
          render: (name: string | null) => name ?? t('cockpit.unassigned'),
        },
        ...COLUMNS.map((key) => ({
          title: header(key),
          key,
          align: 'right' as const,
          render: (_: unknown, group: ReportGroup) => formatFigure(group.figures[key]),
        })),
      ]}
      summary={() =>
        groups.length > 0 && (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('reports.total')}</Typography.Text>
              </Table.Summary.Cell>
              {COLUMNS.map((key, index) => (
                <Table.Summary.Cell key={key} index={index + 1} align="right">
                  <Typography.Text strong>{formatFigure(total[key])}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}
