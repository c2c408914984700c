import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { KeyProject } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { StageTag } from '../../projects';
import { ProjectsCard } from './projects-card';

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
  );
}
