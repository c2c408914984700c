import { Card, Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FigureTitle } from '../../figures';

/** Each card: the figure it shows (its ⓘ) and the project list's filter that shows them all. */
const CARDS = {
  keyProjects: { figure: 'key_projects', filter: 'keyProject=true' },
  stalled: { figure: 'stalled', filter: 'stalled=true' },
} as const;

export interface ProjectsCardProps<T> {
  /** Which card: its texts are under cockpit.<kind>. */
  kind: keyof typeof CARDS;
  /** The unit chosen, if any: the "all" link keeps it. */
  unitId: number | null;
  items: T[];
  columns: TableColumnsType<T>;
}

/**
 * A cockpit card listing projects, with a link to all of them in the project list; a row opens the project.
 * It fits half of a 1366 px screen (about 540 px).
 */
export function ProjectsCard<T extends { id: number }>({ kind, unitId, items, columns }: ProjectsCardProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { figure, filter } = CARDS[kind];
  const textKey = `cockpit.${kind}`;
  const all = `/projects?${filter}${unitId ? `&unitId=${unitId}` : ''}`;
  return (
    <Card
      title={<FigureTitle title={t(`${textKey}.title`)} figure={figure} />}
      extra={<Link to={all}>{t(`${textKey}.all`)}</Link>}
      style={{ height: '100%' }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<T>
        rowKey="id"
        size="middle"
        pagination={false}
        scroll={{ x: 520, y: 420 }}
        dataSource={items}
        locale={{ emptyText: <Empty description={t(`${textKey}.empty`)} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/projects/${row.id}`), style: { cursor: 'pointer' } })}
        columns={columns}
      />
    </Card>
  );
}
