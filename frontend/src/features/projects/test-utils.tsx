import { Location } from '../../test/helpers';
import { OFFICER, renderWithApp } from '../../test/render';
import { ProjectsPage } from './components/projects-page';
import { page } from './test-fixtures';

/** What the list asks besides the projects: who is signed in, and the filters' choices (none). */
export const LIST_LOOKUPS = {
  'GET /api/me': () => ({ status: 200, body: OFFICER }),
  'GET /api/units': () => page([]),
  'GET /api/industries?includeRetired=false': () => page([]),
  'GET /api/zones': () => page([]),
};

/** The list page, and where the app is (pathname and query) as test id "location". */
export const renderProjectsList = (route = '/projects') =>
  renderWithApp(
    <>
      <ProjectsPage />
      <Location />
    </>,
    { route },
  );
