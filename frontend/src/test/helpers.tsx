import { screen } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import i18n from '../lib/i18n';

/** The current route, for tests that follow navigation. */
export function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

/** The current query string alone, for tests that follow a list's filters. */
export function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

/**
 * The timeout of a test on a large antd page (the cockpit, a long form typed into and mounted twice, a first table):
 * twice vite.config.ts's 60 s, as jsdom renders such a page slowly on a busy 2-core machine.
 */
export const SLOW = 120_000;

export const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);

// Role queries are slow on antd's large DOM: find buttons by their text.
export const buttonByText = (text: string) => screen.getByText(text).closest('button') as HTMLElement;
export const findButtonByText = async (text: string) =>
  (await screen.findByText(text)).closest('button') as HTMLElement;
