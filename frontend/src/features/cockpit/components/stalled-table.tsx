import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { StalledProject } from '../api/types';
import { FigureTitle } from '../../figures/components/figure-title';
import { StageLabel } from './stage-label';

export interface StalledTableProps {
  items: StalledProject[];
  unitId: number | null;
}

/** Stalled projects: the rule each broke; a row opens the project. */
export function StalledTable({ items, unitId }: StalledTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const all = `/projects?stalled=true${unitId ? `&unitId=${unitId}` : ''}`;
  return (
    <Card
      title={<FigureTitle title={t('cockpit.stalled.title')} figure="stalled" />}
      extra={<Link to={all}>{t('cockpit.stalled.all')}</Link>}
      style={{ height: '100%' }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<StalledProject>
        rowKey="id"
        size="middle"
        pagination={false}
        scroll={{ x: 640, y: 420 }}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('cockpit.stalled.empty')} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/projects/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('projects.fields.code'),
            key: 'code',
            width: 140,
            render: (_, row) => <Typography.Text code>{row.code}</Typography.Text>,
          },
          {
            title: t('projects.fields.name'),
            key: 'name',
            render: (_, row) => <Link to={`/projects/${row.id}`}>{row.name}</Link>,
          },
          { title: t('projects.fields.unit'), dataIndex: 'unitName', width: 130 },
          {
            title: t('projects.fields.stage'),
            key: 'stage',
            width: 110,
            render: (_, row) => <StageLabel stage={row.stage} />,
          },
          {
            title: t('cockpit.stalled.reason'),
            key: 'reason',
            render: (_, row) => <Typography.Text type="warning">{row.stalled?.message ?? '—'}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
