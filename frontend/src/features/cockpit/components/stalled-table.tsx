import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { StalledProject } from '../api/types';
import { StageTag } from '../../projects';
import { ProjectsCard } from './projects-card';

export interface StalledTableProps {
  items: StalledProject[];
  unitId: number | null;
}

/** Stalled projects: the rule each broke; a row opens the project. */
export function StalledTable({ items, unitId }: StalledTableProps) {
  const { t } = useTranslation();
  return (
    <ProjectsCard
      kind="stalled"
      unitId={unitId}
      items={items}
      // The code under the name, the reason wraps.
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
  );
}
