import { Typography } from 'antd';
import { DataAsOf } from '../../../components/data-as-of';
import { useMe } from '../../auth';
import { useUnits } from '../../units';
import { useCockpit } from '../api/get-cockpit';
import { CockpitDashboard } from './cockpit-dashboard';
import { CockpitSkeleton } from './cockpit-skeleton';
import { CockpitToolbar } from './cockpit-toolbar';
import { lastMonthEnd } from './period-switch';
import { PendingNote } from './pending-note';
import { CoordinationCard } from './coordination-card';
import { SponsoredCard } from './sponsored-card';
import { useCockpitParams } from './use-cockpit-params';
import { QueryError } from '../../../components/query-error';

const DISTRICT_ROLES = ['leader', 'stats', 'admin'];
/** Who may close a coordination request from here: any leader, and a unit head (the card shows only their unit). */
const RESOLVER_ROLES = ['leader', 'unit_head'];

/** The cockpit: the leaders' figures for the year up to any day, for the district or one unit. */
export function CockpitPage() {
  const me = useMe();
  const [params, setParams] = useCockpitParams();
  const roles = me.data?.roles ?? [];
  // A unit head reads their own unit only; leaders, statisticians and admins read any.
  const unitLocked = !roles.some((role) => DISTRICT_ROLES.includes(role));
  const unitId = unitLocked ? me.data?.unit?.id : params.unitId;
  const cockpit = useCockpit({ asOf: params.asOf, unitId }, me.isSuccess);
  const asOf = params.asOf ?? cockpit.data?.asOf ?? lastMonthEnd();
  const units = useUnits();
  // The requests follow the cockpit's unit; they name their unit, so the unit's name picks them.
  const unitName = !unitId
    ? null
    : unitLocked
      ? me.data?.unit?.name
      : units.isPending
        ? undefined
        : (units.data?.items.find((unit) => unit.id === unitId)?.name ?? null);

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
      {cockpit.isError && <QueryError error={cockpit.error} onRetry={() => void cockpit.refetch()} marginBottom={16} />}
      <PendingNote pending={cockpit.data?.pending} canConfirm={roles.includes('unit_head')} />
      {roles.includes('leader') && <SponsoredCard />}
      {cockpit.data?.dataAsOf && (
        <div style={{ textAlign: 'right', marginBottom: 8 }}>
          <Typography.Text type="secondary">
            <DataAsOf at={cockpit.data.dataAsOf} />
          </Typography.Text>
        </div>
      )}
      {cockpit.data ? (
        <CockpitDashboard data={cockpit.data} onSelectUnit={(id) => !unitLocked && setParams({ unitId: id })} />
      ) : (
        !cockpit.isError && <CockpitSkeleton />
      )}
      {me.isSuccess && (
        <div style={{ marginTop: 16 }}>
          <CoordinationCard
            unitId={unitId}
            unitName={unitName}
            canResolve={roles.some((role) => RESOLVER_ROLES.includes(role))}
          />
        </div>
      )}
    </div>
  );
}
