import { Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { KeyProject } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { FigureTitle } from '../../figures';
import { StageTag } from '../../projects';

export interface KeyProjectsTableProps {
  items: KeyProject[];
  unitId: number | null;
}

/** Key projects with their sponsor leader and money in 10k CNY; a row opens the project. */
export function KeyProjectsTable({ items, unitId }: KeyProjectsTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const all = `/projects?keyProject=true${unitId ? `&unitId=${unitId}` : ''}`;
  return (
    <Card
      title={<FigureTitle title={t('cockpit.keyProjects.title')} figure="key_projects" />}
      extra={<Link to={all}>{t('cockpit.keyProjects.all')}</Link>}
      style={{ height: '100%' }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<KeyProject>
        rowKey="id"
        size="middle"
        pagination={false}
        // Fits half of a 1366 px screen (about 540 px): the unit and the sponsor under the name, the money whole.
        scroll={{ x: 520, y: 420 }}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('cockpit.keyProjects.empty')} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/projects/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('projects.fields.name'),
            key: 'name',
            render: (_, row) => (
              <Flex vertical gap={2}>
                <Link to={`/projects/${row.id}`}>{row.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[
                    row.unitName,
                    row.sponsorLeader && t('cockpit.coordination.sponsorLeader', { name: row.sponsorLeader }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('projects.fields.stage'),
            key: 'stage',
            width: 84,
            render: (_, row) => <StageTag stage={row.stage} />,
          },
          {
            title: t('projects.fields.totalInvestment'),
            key: 'totalInvestment',
            align: 'right',
            width: 112,
            render: (_, row) => formatMoney(row.totalInvestment, i18n.language),
          },
          {
            title: t('cockpit.keyProjects.fundsYearToDate'),
            key: 'funds',
            align: 'right',
            width: 112,
            render: (_, row) => formatMoney(row.fundsYearToDate, i18n.language),
          },
        ]}
      />
    </Card>
  );
}
