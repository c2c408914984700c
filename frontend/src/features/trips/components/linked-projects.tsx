import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney } from '../../../lib/format';
import { StageTag } from '../../projects';
import { LinkedList } from '../../../components/responsive-list';
import type { LinkedProject } from '../api/types';

export interface LinkedProjectsProps<P extends LinkedProject> {
  projects: P[];
  /** More columns after the project's own (e.g. an event's credit). */
  extraColumns?: ColumnsType<P>;
  /** More lines on the phone card. */
  extraCard?: (project: P) => ReactNode;
  empty?: string;
}

/** Projects that came from a trip or were signed at an event, each opening the project. */
export function LinkedProjects<P extends LinkedProject>({
  projects,
  extraColumns = [],
  extraCard,
  empty,
}: LinkedProjectsProps<P>) {
  const { t } = useTranslation();
  const name = (p: P) => <Link to={`/projects/${p.id}`}>{p.name}</Link>;
  return (
    <LinkedList<P>
      label={t('trips.projects.title')}
      items={projects}
      empty={empty ?? t('trips.projects.empty')}
      columns={[
        {
          title: t('projects.fields.code'),
          key: 'code',
          width: 140,
          render: (_, p) => <Typography.Text code>{p.code}</Typography.Text>,
        },
        { title: t('projects.fields.name'), key: 'name', render: (_, p) => name(p) },
        { title: t('projects.fields.stage'), key: 'stage', width: 110, render: (_, p) => <StageTag stage={p.stage} /> },
        {
          title: t('projects.fields.totalInvestmentShort'),
          key: 'totalInvestment',
          width: 140,
          align: 'right',
          render: (_, p) => formatMoney(p.totalInvestment),
        },
        ...extraColumns,
      ]}
      renderCard={(p) => (
        <Flex vertical gap={4}>
          {name(p)}
          <span>
            <StageTag stage={p.stage} />{' '}
            <Typography.Text type="secondary">
              {t('projects.fields.totalInvestmentShort')}: {formatMoney(p.totalInvestment)}
            </Typography.Text>
          </span>
          {extraCard?.(p)}
        </Flex>
      )}
    />
  );
}
