import { Card, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { KeyProject } from '../api/types';
import { formatWan } from './format';
import { FigureTitle } from '../../figures/components/figure-title';
import { StageLabel } from './stage-label';

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
        scroll={{ x: 720, y: 420 }}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('cockpit.keyProjects.empty')} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/projects/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('projects.fields.name'),
            key: 'name',
            render: (_, row) => <Link to={`/projects/${row.id}`}>{row.name}</Link>,
          },
          {
            title: t('projects.fields.stage'),
            key: 'stage',
            width: 110,
            render: (_, row) => <StageLabel stage={row.stage} />,
          },
          { title: t('projects.fields.unit'), dataIndex: 'unitName', width: 130 },
          {
            title: t('projects.fields.sponsorLeader'),
            key: 'sponsor',
            width: 100,
            render: (_, row) => row.sponsorLeader ?? '—',
          },
          {
            title: t('projects.fields.totalInvestment'),
            key: 'totalInvestment',
            align: 'right',
            width: 140,
            render: (_, row) => formatWan(row.totalInvestment, i18n.language),
          },
          {
            title: t('cockpit.keyProjects.fundsYearToDate'),
            key: 'funds',
            align: 'right',
            width: 150,
            render: (_, row) => formatWan(row.fundsYearToDate, i18n.language),
          },
        ]}
      />
    </Card>
  );
}
