/** The sections of the app and the roles that see them: later features add pages by editing this list. */

export type Role = 'officer' | 'unit_head' | 'leader' | 'stats' | 'admin' | 'security_admin' | 'audit_admin';

export interface NavSection {
  key: string;
  path: string;
  labelKey: string;
  roles: Role[];
  children?: NavSection[];
}

const EVERYONE: Role[] = ['officer', 'unit_head', 'leader', 'stats', 'admin'];

const ENGAGEMENT_READERS: Role[] = ['officer', 'unit_head', 'leader', 'stats'];

export const NAV_SECTIONS: NavSection[] = [
  { key: 'my-week', path: '/my-week', labelKey: 'nav.myWeek', roles: ['officer', 'unit_head'] },
  { key: 'cockpit', path: '/cockpit', labelKey: 'nav.cockpit', roles: ['leader', 'stats', 'admin', 'unit_head'] },
  {
    key: 'confirmations',
    path: '/confirmations',
    labelKey: 'nav.confirmations',
    roles: ['unit_head', 'leader', 'stats', 'admin'],
  },
  { key: 'enterprises', path: '/enterprises', labelKey: 'nav.enterprises', roles: EVERYONE },
  { key: 'chains', path: '/chains', labelKey: 'nav.chains', roles: EVERYONE },
  { key: 'visits', path: '/visits', labelKey: 'nav.visits', roles: ENGAGEMENT_READERS },
  { key: 'leads', path: '/leads', labelKey: 'nav.leads', roles: ENGAGEMENT_READERS },
  { key: 'trips', path: '/trips', labelKey: 'nav.trips', roles: ENGAGEMENT_READERS },
  { key: 'events', path: '/events', labelKey: 'nav.events', roles: ENGAGEMENT_READERS },
  { key: 'projects', path: '/projects', labelKey: 'nav.projects', roles: EVERYONE },
  { key: 'reports', path: '/reports', labelKey: 'nav.reports', roles: ['leader', 'stats', 'admin', 'unit_head'] },
  // A published league table: every role reads it.
  { key: 'ranking', path: '/ranking', labelKey: 'nav.ranking', roles: EVERYONE },
  // Separation of duties: the audit trail is the audit administrator's (and the statisticians'), never the system administrator's.
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', roles: ['audit_admin', 'stats'] },
  { key: 'security', path: '/security', labelKey: 'nav.security', roles: ['security_admin'] },
  {
    key: 'admin',
    path: '/admin',
    labelKey: 'nav.admin',
    roles: ['admin'],
    children: [
      { key: 'admin-units', path: '/admin/units', labelKey: 'nav.adminUnits', roles: ['admin'] },
      { key: 'admin-users', path: '/admin/users', labelKey: 'nav.adminUsers', roles: ['admin'] },
      { key: 'admin-industries', path: '/admin/industries', labelKey: 'nav.adminIndustries', roles: ['admin'] },
      { key: 'admin-space', path: '/admin/space', labelKey: 'nav.adminSpace', roles: ['admin'] },
      { key: 'admin-stall-rules', path: '/admin/stall-rules', labelKey: 'nav.adminStallRules', roles: ['admin'] },
      { key: 'admin-lead-clocks', path: '/admin/lead-clocks', labelKey: 'nav.adminLeadClocks', roles: ['admin'] },
      { key: 'admin-holidays', path: '/admin/holidays', labelKey: 'nav.adminHolidays', roles: ['admin'] },
      { key: 'admin-targets', path: '/admin/targets', labelKey: 'nav.adminTargets', roles: ['admin'] },
      { key: 'admin-confirmation', path: '/admin/confirmation', labelKey: 'nav.adminConfirmation', roles: ['admin'] },
      { key: 'admin-reminders', path: '/admin/reminders', labelKey: 'nav.adminReminders', roles: ['admin'] },
      {
        key: 'admin-reminder-deliveries',
        path: '/admin/reminder-deliveries',
        labelKey: 'nav.adminReminderDeliveries',
        roles: ['admin'],
      },
    ],
  },
];

export function canSee(section: Pick<NavSection, 'roles'>, roles: readonly string[]): boolean {
  return section.roles.some((role) => roles.includes(role));
}

export function sectionsFor(roles: readonly string[]): NavSection[] {
  return NAV_SECTIONS.filter((section) => canSee(section, roles));
}

export function sectionOf(path: string): NavSection | undefined {
  return NAV_SECTIONS.find((section) => path === section.path || path.startsWith(`${section.path}/`));
}

/** Where a user lands: the first section their roles may see. */
export function homePath(roles: readonly string[]): string | null {
  const first = sectionsFor(roles)[0];
  return first ? (first.children?.[0]?.path ?? first.path) : null;
}
