import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StalledProject } from '../api/types';
import { ProjectsCard } from './projects-card';
import { projectNameColumn, projectStageColumn } from './project-columns';

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
        projectNameColumn<StalledProject>(
          t('projects.fields.name'),
          (row) => (
            <Typography.Text code style={{ fontSize: 12 }}>
              {row.code}
            </Typography.Text>
          ),
          'flex-start',
        ),
        { title: t('projects.fields.unit'), dataIndex: 'unitName', width: 100 },
        projectStageColumn<StalledProject>(t('projects.fields.stage')),
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
