import { screen } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { Location } from '../../test/helpers';
import { OFFICER, mockApi, ok, pageOf, renderWithApp, requests } from '../../test/render';
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

/** Waits until the app is at the list with exactly this query and has asked the server for the list with it. */
export async function expectListAt(fetchMock: ReturnType<typeof mockApi>, query: string) {
  await vi.waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/projects?${query}`));
  await vi.waitFor(() =>
    expect(requests(fetchMock)).toContain(`GET /api/projects?${query}&sort=-updatedAt&page=0&size=20`),
  );
}
