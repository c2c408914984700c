import { Spin } from 'antd';
import { Suspense, lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { StatusPage } from '../components/status-page';
import type { Me } from '../features/auth/api/get-me';
import { AppShell } from './layout/app-shell';
import { homePath } from './navigation';
import { RequireSection } from './require-section';

const EnterprisesPage = lazy(() =>
  import('../features/enterprises/components/enterprises-page').then((m) => ({ default: m.EnterprisesPage })),
);
const EnterpriseDetailPage = lazy(() =>
  import('../features/enterprises/components/enterprise-detail-page').then((m) => ({
    default: m.EnterpriseDetailPage,
  })),
);

const FigureDrillPage = lazy(() =>
  import('../features/cockpit/components/figure-drill-page').then((m) => ({ default: m.FigureDrillPage })),
);
const CockpitPage = lazy(() =>
  import('../features/cockpit/components/cockpit-page').then((m) => ({ default: m.CockpitPage })),
);

const DuplicatesPage = lazy(() =>
  import('../features/enterprises/components/duplicates-page').then((m) => ({ default: m.DuplicatesPage })),
);

const PROJECT_PAGES: Record<string, ComponentType> = {
  projects: lazy(() =>
    import('../features/projects/components/projects-page').then((m) => ({ default: m.ProjectsPage })),
  ),
  'projects/board': lazy(() =>
    import('../features/projects/components/project-board-page').then((m) => ({ default: m.ProjectBoardPage })),
  ),
  'projects/:id': lazy(() =>
    import('../features/projects/components/project-detail-page').then((m) => ({ default: m.ProjectDetailPage })),
  ),
};

/** Engagement: pages by feature folder; each module exports the named component. */
const ENGAGEMENT_PAGES: Record<string, ComponentType> = {
  'my-week': lazy(() => import('../features/my-week/components/my-week-page').then((m) => ({ default: m.MyWeekPage }))),
  visits: lazy(() => import('../features/visits/components/visits-page').then((m) => ({ default: m.VisitsPage }))),
  'visits/new': lazy(() =>
    import('../features/visits/components/visit-form-page').then((m) => ({ default: m.VisitFormPage })),
  ),
  'visits/:id': lazy(() =>
    import('../features/visits/components/visit-detail-page').then((m) => ({ default: m.VisitDetailPage })),
  ),
  'visits/:id/edit': lazy(() =>
    import('../features/visits/components/visit-form-page').then((m) => ({ default: m.VisitFormPage })),
  ),
  leads: lazy(() => import('../features/leads/components/leads-page').then((m) => ({ default: m.LeadsPage }))),
  'leads/:id': lazy(() =>
    import('../features/leads/components/lead-detail-page').then((m) => ({ default: m.LeadDetailPage })),
  ),
  trips: lazy(() => import('../features/trips/components/trips-page').then((m) => ({ default: m.TripsPage }))),
  'trips/:id': lazy(() =>
    import('../features/trips/components/trip-detail-page').then((m) => ({ default: m.TripDetailPage })),
  ),
  events: lazy(() => import('../features/events/components/events-page').then((m) => ({ default: m.EventsPage }))),
  'events/:id': lazy(() =>
    import('../features/events/components/event-detail-page').then((m) => ({ default: m.EventDetailPage })),
  ),
};

const ADMIN_PAGES: Record<string, ComponentType> = {
  units: lazy(() => import('../features/units/components/units-page').then((m) => ({ default: m.UnitsPage }))),
  users: lazy(() => import('../features/users/components/users-page').then((m) => ({ default: m.UsersPage }))),
  industries: lazy(() =>
    import('../features/industries/components/industries-page').then((m) => ({ default: m.IndustriesPage })),
  ),
  space: lazy(() => import('../features/space/components/space-page').then((m) => ({ default: m.SpacePage }))),
  'stall-rules': lazy(() =>
    import('../features/projects/components/stall-rules-page').then((m) => ({ default: m.StallRulesPage })),
  ),
  'lead-clocks': lazy(() =>
    import('../features/leads/components/lead-clock-rules-page').then((m) => ({ default: m.LeadClockRulesPage })),
  ),
  holidays: lazy(() =>
    import('../features/holidays/components/holidays-page').then((m) => ({ default: m.HolidaysPage })),
  ),
  targets: lazy(() => import('../features/ranking/components/targets-page').then((m) => ({ default: m.TargetsPage }))),
  confirmation: lazy(() =>
    import('../features/confirmations/components/confirmation-setting-page').then((m) => ({
      default: m.ConfirmationSettingPage,
    })),
  ),
  reminders: lazy(() =>
    import('../features/reminders/components/reminder-settings-page').then((m) => ({
      default: m.ReminderSettingsPage,
    })),
  ),
  'reminder-deliveries': lazy(() =>
    import('../features/reminders/components/deliveries-page').then((m) => ({ default: m.DeliveriesPage })),
  ),
};

/** Confirmation: a unit head's queue of pending stage changes and funds. */
const CONFIRMATION_PAGES: Record<string, ComponentType> = {
  confirmations: lazy(() =>
    import('../features/confirmations/components/confirmations-page').then((m) => ({ default: m.ConfirmationsPage })),
  ),
};

const SecurityAdminPage = lazy(() =>
  import('../features/security-admin/components/security-admin-page').then((m) => ({ default: m.SecurityAdminPage })),
);
const AuditPage = lazy(() => import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));
const RankingPage = lazy(() =>
  import('../features/ranking/components/ranking-page').then((m) => ({ default: m.RankingPage })),
);

const ReportsPage = lazy(() =>
  import('../features/reports/components/reports-page').then((m) => ({ default: m.ReportsPage })),
);

/** The chain map: the list, a chain's map, and its editor (admins; the page itself says no to others). */
const CHAIN_PAGES: Record<string, ComponentType> = {
  chains: lazy(() => import('../features/chains/components/chains-page').then((m) => ({ default: m.ChainsPage }))),
  'chains/:id': lazy(() =>
    import('../features/chains/components/chain-map-page').then((m) => ({ default: m.ChainMapPage })),
  ),
  'chains/:id/edit': lazy(() =>
    import('../features/chains/components/chain-edit-page').then((m) => ({ default: m.ChainEditPage })),
  ),
};

export interface AppRoutesProps {
  me: Me;
}

export function AppRoutes({ me }: AppRoutesProps) {
  const home = homePath(me.roles);
  return (
    <Routes>
      <Route element={<AppShell me={me} />}>
        <Route
          index
          element={home ? <Navigate to={home} replace /> : <StatusPage status="warning" titleKey="app.noRole" />}
        />
        <Route
          path="cockpit"
          element={
            <RequireSection roles={me.roles}>
              <Suspense fallback={<Spin />}>
                <CockpitPage />
              </Suspense>
            </RequireSection>
          }
        />
        <Route
          path="cockpit/figures/:figure"
          element={
            <RequireSection roles={me.roles}>
              <Suspense fallback={<Spin />}>
                <FigureDrillPage />
              </Suspense>
            </RequireSection>
          }
        />
        <Route
          path="reports"
          element={
            <RequireSection roles={me.roles}>
              <Suspense fallback={<Spin />}>
                <ReportsPage />
              </Suspense>
            </RequireSection>
          }
        />
        <Route
          path="security"
          element={
            <RequireSection roles={me.roles}>
              <Suspense fallback={<Spin />}>
                <SecurityAdminPage />
              </Suspense>
            </RequireSection>
          }
        />
        <Route
          path="audit"
          element={
            <RequireSection roles={me.roles}>
              <Suspense fallback={<Spin />}>
                <AuditPage />
              </Suspense>
            </RequireSection>
          }
        />
        <Route
          path="ranking"
          element={
            <RequireSection roles={me.roles}>
              <Suspense fallback={<Spin />}>
                <RankingPage />
              </Suspense>
            </RequireSection>
          }
        />
        <Route
          path="enterprises"
          element={
            <Suspense fallback={<Spin />}>
              <EnterprisesPage />
            </Suspense>
          }
        />
        <Route
          path="enterprises/duplicates"
          element={
            <Suspense fallback={<Spin />}>
              <DuplicatesPage />
            </Suspense>
          }
        />
        <Route
          path="enterprises/:id"
          element={
            <Suspense fallback={<Spin />}>
              <EnterpriseDetailPage />
            </Suspense>
          }
        />
        {Object.entries({ ...ENGAGEMENT_PAGES, ...PROJECT_PAGES, ...CHAIN_PAGES, ...CONFIRMATION_PAGES }).map(
          ([path, Page]) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireSection roles={me.roles}>
                  <Suspense fallback={<Spin />}>
                    <Page />
                  </Suspense>
                </RequireSection>
              }
            />
          ),
        )}
        <Route path="admin" element={<Navigate to="/admin/units" replace />} />
        {Object.entries(ADMIN_PAGES).map(([path, Page]) => (
          <Route
            key={path}
            path={`admin/${path}`}
            element={
              <RequireSection roles={me.roles}>
                <Suspense fallback={<Spin />}>
                  <Page />
                </Suspense>
              </RequireSection>
            }
          />
        ))}
        <Route path="*" element={<StatusPage status="404" titleKey="app.notFound" />} />
      </Route>
    </Routes>
  );
}
