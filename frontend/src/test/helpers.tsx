import { useLocation } from 'react-router-dom';
import i18n from '../lib/i18n';

/** The current route, for tests that follow navigation. */
export function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

export const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
