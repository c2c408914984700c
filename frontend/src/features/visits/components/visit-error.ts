import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/** The visits catalogue's text for a visit.* code, else the app's. */
export function visitErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code.startsWith('visit.')) {
    const key = `visits.errors.${error.code}`;
    const translated = t(key);
    if (translated !== key) return translated;
  }
  return errorMessage(t, error);
}
