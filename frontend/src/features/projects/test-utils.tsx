import { Location } from '../../test/helpers';
import { OFFICER, renderWithApp, ok, pageOf } from '../../test/render';
import { ProjectsPage } from './components/projects-page';

/** What the list asks besides the projects: who is signed in, and the filters' choices (none). */
export const LIST_LOOKUPS = {
  'GET /api/me': ok(OFFICER),
  'GET /api/units': pageOf([]),
  'GET /api/industries?includeRetired=false': pageOf([]),
  'GET /api/zones': pageOf([]),
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
