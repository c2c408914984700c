import { Spin } from 'antd';
import { Suspense, lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { StatusPage } from '../components/status-page';
import type { Me } from '../features/auth/api/get-me';
import { AppShell } from './layout/app-shell';
import { homePath } from './navigation';
import { RequireSection } from './require-section';

/** A page loaded when first opened: the module's export of that name. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] })));
}

/** Pages anyone signed in may open. */
const OPEN_PAGES: Record<string, ComponentType> = {
  enterprises: lazyPage(() => import('../features/enterprises/components/enterprises-page'), 'EnterprisesPage'),
  'enterprises/duplicates': lazyPage(
    () => import('../features/enterprises/components/duplicates-page'),
    'DuplicatesPage',
  ),
  'enterprises/:id': lazyPage(
    () => import('../features/enterprises/components/enterprise-detail-page'),
    'EnterpriseDetailPage',
  ),
};

/** Pages of a section: the user's roles must see it (RequireSection). */
const SECTION_PAGES: Record<string, ComponentType> = {
  cockpit: lazyPage(() => import('../features/cockpit/components/cockpit-page'), 'CockpitPage'),
  'cockpit/figures/:figure': lazyPage(
    () => import('../features/cockpit/components/figure-drill-page'),
    'FigureDrillPage',
  ),
  reports: lazyPage(() => import('../features/reports/components/reports-page'), 'ReportsPage'),
  security: lazyPage(() => import('../features/security-admin/components/security-admin-page'), 'SecurityAdminPage'),
  audit: lazyPage(() => import('../features/audit/components/audit-page'), 'AuditPage'),
  ranking: lazyPage(() => import('../features/ranking/components/ranking-page'), 'RankingPage'),
  // Engagement.
  'my-week': lazyPage(() => import('../features/my-week/components/my-week-page'), 'MyWeekPage'),
  visits: lazyPage(() => import('../features/visits/components/visits-page'), 'VisitsPage'),
  'visits/new': lazyPage(() => import('../features/visits/components/visit-form-page'), 'VisitFormPage'),
  'visits/:id': lazyPage(() => import('../features/visits/components/visit-detail-page'), 'VisitDetailPage'),
  'visits/:id/edit': lazyPage(() => import('../features/visits/components/visit-form-page'), 'VisitFormPage'),
  leads: lazyPage(() => import('../features/leads/components/leads-page'), 'LeadsPage'),
  'leads/:id': lazyPage(() => import('../features/leads/components/lead-detail-page'), 'LeadDetailPage'),
  trips: lazyPage(() => import('../features/trips/components/trips-page'), 'TripsPage'),
  'trips/:id': lazyPage(() => import('../features/trips/components/trip-detail-page'), 'TripDetailPage'),
  events: lazyPage(() => import('../features/events/components/events-page'), 'EventsPage'),
  'events/:id': lazyPage(() => import('../features/events/components/event-detail-page'), 'EventDetailPage'),
  // Projects.
  projects: lazyPage(() => import('../features/projects/components/projects-page'), 'ProjectsPage'),
  'projects/board': lazyPage(() => import('../features/projects/components/project-board-page'), 'ProjectBoardPage'),
  'projects/:id': lazyPage(() => import('../features/projects/components/project-detail-page'), 'ProjectDetailPage'),
  // The chain map: the list, a chain's map, and its editor (admins; the page itself says no to others).
  chains: lazyPage(() => import('../features/chains/components/chains-page'), 'ChainsPage'),
  'chains/:id': lazyPage(() => import('../features/chains/components/chain-map-page'), 'ChainMapPage'),
  'chains/:id/edit': lazyPage(() => import('../features/chains/components/chain-edit-page'), 'ChainEditPage'),
  // Confirmation: a unit head's queue of pending stage changes and funds.
  confirmations: lazyPage(() => import('../features/confirmations/components/confirmations-page'), 'ConfirmationsPage'),
};

/** The administration pages, below admin/. */
const ADMIN_PAGES: Record<string, ComponentType> = {
  units: lazyPage(() => import('../features/units/components/units-page'), 'UnitsPage'),
  users: lazyPage(() => import('../features/users/components/users-page'), 'UsersPage'),
  industries: lazyPage(() => import('../features/industries/components/industries-page'), 'IndustriesPage'),
  space: lazyPage(() => import('../features/space/components/space-page'), 'SpacePage'),
  'stall-rules': lazyPage(() => import('../features/projects/components/stall-rules-page'), 'StallRulesPage'),
  'lead-clocks': lazyPage(() => import('../features/leads/components/lead-clock-rules-page'), 'LeadClockRulesPage'),
  holidays: lazyPage(() => import('../features/holidays/components/holidays-page'), 'HolidaysPage'),
  targets: lazyPage(() => import('../features/ranking/components/targets-page'), 'TargetsPage'),
  confirmation: lazyPage(
    () => import('../features/confirmations/components/confirmation-setting-page'),
    'ConfirmationSettingPage',
  ),
  reminders: lazyPage(() => import('../features/reminders/components/reminder-settings-page'), 'ReminderSettingsPage'),
  'reminder-deliveries': lazyPage(() => import('../features/reminders/components/deliveries-page'), 'DeliveriesPage'),
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
        {Object.entries(OPEN_PAGES).map(([path, Page]) => (
          <Route
            key={path}
            path={path}
            element={
              <Suspense fallback={<Spin />}>
                <Page />
              </Suspense>
            }
          />
        ))}
        {[
          ...Object.entries(SECTION_PAGES),
          ...Object.entries(ADMIN_PAGES).map(([path, Page]) => [`admin/${path}`, Page] as const),
        ].map(([path, Page]) => (
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
        ))}
        <Route path="admin" element={<Navigate to="/admin/units" replace />} />
        <Route path="*" element={<StatusPage status="404" titleKey="app.notFound" />} />
      </Route>
    </Routes>
  );
}
