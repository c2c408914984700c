import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error';
import { LinkedVisits } from '../../trips';
import { useProjectVisits } from '../api/get-project-visits';

/** The project's visit record: every visit recorded for it, read only, each opening the visit. */
export function ProjectVisits({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const visits = useProjectVisits(projectId);
  const total = visits.data?.total ?? 0;
  const shown = visits.data?.items.length ?? 0;
  return (
    <>
      {visits.isError && <QueryError error={visits.error} onRetry={() => void visits.refetch()} />}
      <LinkedVisits visits={visits.data?.items ?? []} loading={visits.isPending && !visits.isError} />
      {total > shown && <Typography.Text type="secondary">{t('trips.visits.more', { shown, total })}</Typography.Text>}
    </>
  );
}
