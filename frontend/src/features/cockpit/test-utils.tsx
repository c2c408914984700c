import { Location, t } from '../../test/helpers';
import { OFFICER, renderWithApp, ok } from '../../test/render';
import { FIGURES } from '../figures/test-fixtures';
import { CockpitPage } from './components/cockpit-page';

/** Helpers shared by the cockpit's page tests. */

export { t };

export const LEADER = { ...OFFICER, username: 'leader', roles: ['leader'], unit: null };
export const UNITS = {
  items: [
    { id: 1, code: 'wuyingshan', name: 'Wuyingshan', kind: 'STREET', version: 0 },
    { id: 2, code: 'tzcj', name: 'Touzi cujinju', kind: 'DEPARTMENT', version: 0 },
  ],
  total: 2,
  next: null,
};
/**
 * What the page asks besides the figures: who is signed in, the units, the open coordination requests (none) and
 * the catalogue of figures for the ⓘ.
 */
export const lookups = {
  'GET /api/figures': ok(FIGURES),
  'GET /api/me': ok(LEADER),
  'GET /api/units': ok(UNITS),
  'GET /api/projects/coordination?open=true': ok([]),
  'GET /api/projects/sponsored': ok({ projects: 0, stalled: 0, pendingConfirmation: 0 }),
};

/** A chart by its accessible name (a CSS query: getByRole is slow on a page this size in jsdom). */
export function chart(titleKey: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[role="img"][aria-label="${t(titleKey)}"]`);
  if (!found) throw new Error(`no chart ${titleKey}`);
  return found;
}

/** The page, and where the app is (pathname and query) as test id "location". */
export const renderCockpit = (route = '/cockpit') =>
  renderWithApp(
    <>
      <CockpitPage />
      <Location />
    </>,
    { route },
  );
