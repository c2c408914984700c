import { Alert, Button } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useMe } from '../../auth/api/get-me';
import { useCockpit } from '../api/get-cockpit';
import { CockpitDashboard } from './cockpit-dashboard';
import { CockpitSkeleton } from './cockpit-skeleton';
import { CockpitToolbar } from './cockpit-toolbar';
import { useCockpitParams } from './use-cockpit-params';

const DISTRICT_ROLES = ['leader', 'stats', 'admin'];

/** The cockpit: the leaders' figures for the year up to any day, for the district or one unit. */
export function CockpitPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useCockpitParams();
  const roles = me.data?.roles ?? [];
  // A unit head reads their own unit only; leaders, statisticians and admins read any.
  const unitLocked = !roles.some((role) => DISTRICT_ROLES.includes(role));
  const unitId = unitLocked ? me.data?.unit?.id : params.unitId;
  const cockpit = useCockpit({ asOf: params.asOf, unitId }, me.isSuccess);
  const asOf = params.asOf ?? cockpit.data?.asOf ?? dayjs().format('YYYY-MM-DD');

  return (
    <div data-testid="cockpit">
      <CockpitToolbar
        asOf={asOf}
        unitId={unitId}
        unitLocked={unitLocked}
        refreshing={cockpit.isFetching}
        onChange={setParams}
        onRefresh={() => void cockpit.refetch()}
      />
      {cockpit.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={errorMessage(t, cockpit.error)}
          action={
            <Button size="small" onClick={() => void cockpit.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {cockpit.data ? (
        <CockpitDashboard data={cockpit.data} onSelectUnit={(id) => !unitLocked && setParams({ unitId: id })} />
      ) : (
        !cockpit.isError && <CockpitSkeleton />
      )}
    </div>
  );
}
