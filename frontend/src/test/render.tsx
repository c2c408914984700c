import { StyleProvider } from '@ant-design/cssinjs';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { Providers } from '../app/providers';
import { jsdomStyles } from './jsdom-styles';

export function renderWithApp(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <StyleProvider transformers={[jsdomStyles]}>
      <Providers queryClient={queryClient}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </Providers>
    </StyleProvider>,
  );
}

/** The app at a route, with a page for each path: the page under test, and where it may lead. */
export function renderRoutes(route: string, pages: Record<string, ReactNode>) {
  return renderWithApp(
    <Routes>
      {Object.entries(pages).map(([path, page]) => (
        <Route key={path} path={path} element={page} />
      ))}
    </Routes>,
    { route },
  );
}

/** How the fake server answers one request: the status, and the JSON body (or other content) it sends. */
export type Answer = (init?: RequestInit) => { status: number; body?: unknown; contentType?: string };

/** Answers 200 with this body. */
export const ok =
  (body: unknown): Answer =>
  () => ({ status: 200, body });

/** Answers 200 with one page of a list: these items, and the total the server counted. */
export const pageOf = (items: unknown[], total = items.length) => ok({ items, total, next: null });

/** Answers each request with the next answer, the last one again and again: for what changes between two asks. */
export function inTurn(...answers: Answer[]): Answer {
  let calls = 0;
  return (init) => answers[Math.min(calls++, answers.length - 1)](init);
}

/** Fails the first request with a server error, then answers as given: for the retry after a failure. */
export const failingOnce = (answer: Answer): Answer =>
  inTurn(() => ({ status: 500, body: { status: 500, code: 'internal.error' } }), answer);

/** Replaces fetch with canned answers keyed by "METHOD /path"; unknown requests fail the test loudly. */
export function mockApi(routes: Record<string, Answer>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const route = routes[key];
    if (!route) throw new Error(`unexpected request ${key}`);
    const { status, body, contentType } = route(init);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** What the page asked the fake server, in order, as "METHOD /path" like the keys of mockApi. */
export const requests = (fetchMock: ReturnType<typeof mockApi>) =>
  fetchMock.mock.calls.map(([input, init]) => `${init?.method ?? 'GET'} ${String(input)}`);

/** The JSON body of the last "METHOD /path" request the page sent, or undefined while it has sent none. */
export function sentBody(fetchMock: ReturnType<typeof mockApi>, request: string): unknown {
  const last = requests(fetchMock).lastIndexOf(request);
  return last < 0 ? undefined : JSON.parse(String(fetchMock.mock.calls[last][1]?.body));
}

export const OFFICER = {
  username: 'officer',
  displayName: 'Wang Wei',
  roles: ['officer'],
  unit: { id: 1, code: 'wuyingshan', name: 'Wuyingshan' },
  email: 'officer@tianqiao.example' as string | null,
  emailDigest: true,
};
export const ADMIN = { ...OFFICER, username: 'admin', displayName: 'Chen Jing', roles: ['admin'] };
