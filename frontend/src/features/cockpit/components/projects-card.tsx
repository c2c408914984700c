import { Card, Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FigureTitle } from '../../figures';

export interface ProjectsCardProps<T> {
  /** Where the card's texts are: its title, "all" link and empty text. */
  textKey: 'cockpit.keyProjects' | 'cockpit.stalled';
  figure: string;
  /** The project list's filter that shows them all (the unit's, when one is chosen). */
  filter: string;
  unitId: number | null;
  items: T[];
  columns: TableColumnsType<T>;
}

/**
 * A cockpit card listing projects, with a link to all of them in the project list; a row opens the project.
 * It fits half of a 1366 px screen (about 540 px).
 */
export function ProjectsCard<T extends { id: number }>({
  textKey,
  figure,
  filter,
  unitId,
  items,
  columns,
}: ProjectsCardProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
