import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyProject } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { ProjectsCard } from './projects-card';
import { projectNameColumn, projectStageColumn } from './project-columns';

export interface KeyProjectsTableProps {
  items: KeyProject[];
  unitId: number | null;
}

/** Key projects with their sponsor leader and money in 10k CNY; a row opens the project. */
export function KeyProjectsTable({ items, unitId }: KeyProjectsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <ProjectsCard
      kind="keyProjects"
      unitId={unitId}
      items={items}
      // The unit and the sponsor under the name, the money whole.
      columns={[
        projectNameColumn<KeyProject>(t('projects.fields.name'), (row) => (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.unitName, row.sponsorLeader && t('cockpit.coordination.sponsorLeader', { name: row.sponsorLeader })]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        )),
        projectStageColumn<KeyProject>(t('projects.fields.stage')),
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
  );
}
