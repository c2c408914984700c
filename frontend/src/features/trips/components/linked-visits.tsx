import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LinkedList } from '../../../components/responsive-list';
import type { LinkedVisit } from '../api/types';

export interface LinkedVisitsProps {
  visits: LinkedVisit[];
  loading?: boolean;
}

/** Visits made on a trip, at an event or for a project: date, kind, enterprise, summary; each opens the visit. */
export function LinkedVisits({ visits, loading = false }: LinkedVisitsProps) {
  const { t } = useTranslation();
  const summary = (visit: LinkedVisit) => (
    <Link to={`/visits/${visit.id}`}>
      <Typography.Text ellipsis={{ tooltip: visit.summary }} style={{ maxWidth: 420, color: 'inherit' }}>
        {visit.summary || t('trips.visits.open')}
      </Typography.Text>
    </Link>
  );
  return (
    <LinkedList<LinkedVisit>
      label={t('trips.visits.title')}
      items={visits}
      loading={loading}
      empty={t('trips.visits.empty')}
      columns={[
        { title: t('trips.visits.visitedOn'), dataIndex: 'visitedOn', width: 120 },
        { title: t('trips.visits.kind'), key: 'kind', width: 110, render: (_, v) => t(`trips.visitKinds.${v.kind}`) },
        {
          title: t('trips.visits.enterprise'),
          key: 'enterprise',
          width: 200,
          render: (_, v) => <Link to={`/enterprises/${v.enterpriseId}`}>{v.enterpriseName}</Link>,
        },
        { title: t('trips.visits.summary'), key: 'summary', render: (_, v) => summary(v) },
      ]}
      renderCard={(visit) => (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">
            {visit.visitedOn} · {t(`trips.visitKinds.${visit.kind}`)} · {visit.enterpriseName}
          </Typography.Text>
          {summary(visit)}
        </Flex>
      )}
    />
  );
}
