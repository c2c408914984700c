import { Card, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Breakdown, Cockpit } from '../api/types';
import { projectsLink, yearToDate } from './drill-down';
import { formatMoney } from '../../../lib/format';
import { formatCount } from './format';
import { FigureTitle } from '../../figures';

export interface UnitRankingProps {
  data: Cockpit;
  /** A row opens the cockpit of that unit. */
  onSelectUnit: (unitId: number) => void;
}

type Figure = 'newProjects' | 'signedOrLanded' | 'totalInvestment' | 'fundsYearToDate';
const byNumber = (key: Figure) => (a: Breakdown, b: Breakdown) => Number(a[key]) - Number(b[key]);

/** Units ranked by new projects (the server's order), then funds; a row switches the cockpit to that unit. */
export function UnitRanking({ data, onSelectUnit }: UnitRankingProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const period = yearToDate(data.asOf);
  return (
    <Card
      title={
        <FigureTitle
          title={t('cockpit.breakdown.unit')}
          figure={['new_projects', 'new_signed_or_landed', 'counted_investment', 'funds']}
        />
      }
      style={{ height: '100%' }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<Breakdown>
        rowKey={(row) => String(row.id)}
        size="middle"
        pagination={false}
        // Fits half of a 1366 px screen (about 540 px) without a sideways scroll.
        scroll={{ x: 520, y: 420 }}
        dataSource={data.byUnit}
        locale={{ emptyText: <Empty description={t('cockpit.empty')} /> }}
        onRow={(row) => ({
          onClick: () => row.id !== null && onSelectUnit(row.id),
          style: { cursor: row.id === null ? undefined : 'pointer' },
          'data-testid': `unit-row-${row.id}`,
        })}
        columns={[
          { title: t('cockpit.rank'), key: 'rank', width: 64, render: (_, __, index) => index + 1 },
          { title: t('projects.fields.unit'), key: 'name', render: (_, row) => row.name ?? t('cockpit.unassigned') },
          {
            title: t('cockpit.breakdown.newProjects'),
            key: 'newProjects',
            align: 'right',
            sorter: byNumber('newProjects'),
            render: (_, row) =>
              row.id === null ? (
                formatCount(row.newProjects, lang)
              ) : (
                <Link
                  to={projectsLink({ newStage: 'ANY', ...period, unitId: row.id })}
                  onClick={(event) => event.stopPropagation()}
                >
                  {formatCount(row.newProjects, lang)}
                </Link>
              ),
          },
          {
            title: t('cockpit.breakdown.signedOrLanded'),
            key: 'signedOrLanded',
            align: 'right',
            sorter: byNumber('signedOrLanded'),
            render: (_, row) => formatCount(row.signedOrLanded, lang),
          },
          {
            title: t('cockpit.breakdown.investmentWan'),
            key: 'totalInvestment',
            align: 'right',
            sorter: byNumber('totalInvestment'),
            render: (_, row) => formatMoney(row.totalInvestment, lang),
          },
          {
            title: t('cockpit.breakdown.fundsWan'),
            key: 'fundsYearToDate',
            align: 'right',
            sorter: byNumber('fundsYearToDate'),
            render: (_, row) => formatMoney(row.fundsYearToDate, lang),
          },
        ]}
      />
    </Card>
  );
}
