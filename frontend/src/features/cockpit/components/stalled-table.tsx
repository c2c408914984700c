import { Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { StalledProject } from '../api/types';
import { FigureTitle } from '../../figures';
import { StageTag } from '../../projects';

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
        // Fits half of a 1366 px screen (about 540 px): the code under the name, the reason wraps.
        scroll={{ x: 520, y: 420 }}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('cockpit.stalled.empty')} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/projects/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('projects.fields.name'),
            key: 'name',
            render: (_, row) => (
              <Flex vertical gap={2} align="flex-start">
                <Link to={`/projects/${row.id}`}>{row.name}</Link>
                <Typography.Text code style={{ fontSize: 12 }}>
                  {row.code}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('projects.fields.unit'), dataIndex: 'unitName', width: 100 },
          {
            title: t('projects.fields.stage'),
            key: 'stage',
            width: 84,
            render: (_, row) => <StageTag stage={row.stage} />,
          },
          {
            title: t('cockpit.stalled.reason'),
            key: 'reason',
            width: 170,
            render: (_, row) => <Typography.Text type="warning">{row.stalled?.message ?? '—'}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
