import { Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { projectsUrl, useProjects } from '../api/get-projects';
import type { ProjectListItem } from '../api/types';
import { DrillDownAlert } from './drill-down-alert';
import { formatMoney } from '../../../lib/format';
import { KeyStar } from './key-star';
import { ProjectFilters } from './project-filters';
import { ProjectMarkers } from './project-markers';
import { ProjectsHeader } from './projects-header';
import { StageTag } from './stage-tag';
import { DEFAULT_SORT, useProjectFilter } from './use-project-filter';
import { cappedPagination, sortParam } from '../../../lib/table-query';
import { QueryError } from '../../../components/query-error';

export function ProjectsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useProjectFilter();
  const projects = useProjects(filter);
  const sortOrder = (key: string) =>
    filter.sort === key ? ('ascend' as const) : filter.sort === `-${key}` ? ('descend' as const) : null;

  return (
    <Card>
      <ProjectsHeader view="list" listUrl={projectsUrl(filter)} />
      <DrillDownAlert />
      <ProjectFilters filter={filter} onChange={setFilter} />
      {projects.isError && <QueryError error={projects.error} />}
      <Table<ProjectListItem>
        rowKey="id"
        loading={projects.isFetching}
        dataSource={projects.data?.items ?? []}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <Empty description={t('projects.empty')} /> }}
        pagination={cappedPagination({ t, texts: 'projects', filter, data: projects.data, onChange: setFilter })}
        onChange={(_, __, sorter, { action }) => {
          if (action === 'sort') setFilter({ sort: sortParam(sorter) ?? DEFAULT_SORT });
        }}
        columns={[
          {
            title: t('projects.fields.code'),
            key: 'code',
            sorter: true,
            sortOrder: sortOrder('code'),
            width: 140,
            render: (_, p) => <Typography.Text code>{p.code}</Typography.Text>,
          },
          {
            title: t('projects.fields.name'),
            key: 'name',
            sorter: true,
            sortOrder: sortOrder('name'),
            render: (_, p) => (
              <Flex vertical gap={2}>
                <span>
                  <KeyStar keyProject={p.keyProject} />
                  <Link to={`/projects/${p.id}`}>{p.name}</Link>
                </span>
                {(p.stalled || p.pendingConfirmation) && (
                  <span>
                    <ProjectMarkers stalled={p.stalled} pendingConfirmation={p.pendingConfirmation} />
                  </span>
                )}
              </Flex>
            ),
          },
          {
            title: t('projects.fields.stage'),
            key: 'stage',
            width: 110,
            render: (_, p) => <StageTag stage={p.stage} />,
          },
          {
            title: t('projects.fields.pool'),
            key: 'pool',
            width: 100,
            render: (_, p) => t(`projects.pools.${p.pool}`),
          },
          { title: t('projects.fields.unit'), dataIndex: 'unitName', width: 130 },
          {
            title: t('projects.fields.investors'),
            key: 'investors',
            render: (_, p) => p.investorNames.join(t('projects.separator')) || '—',
          },
          {
            title: t('projects.fields.totalInvestmentShort'),
            key: 'totalInvestment',
            sorter: true,
            sortOrder: sortOrder('totalInvestment'),
            align: 'right',
            width: 150,
            render: (_, p) => formatMoney(p.totalInvestment),
          },
          {
            title: t('projects.fields.stageSince'),
            key: 'stageSince',
            sorter: true,
            sortOrder: sortOrder('stageSince'),
            width: 130,
            render: (_, p) => p.stageSince,
          },
        ]}
      />
    </Card>
  );
}
