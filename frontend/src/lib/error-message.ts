import type { TFunction } from 'i18next';
import { ApiError } from './api-client';

/** A message a person understands: the catalogue's text for the code, else the server's detail. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const translated = t(key);
    if (translated !== key) return translated;
    return error.detail ?? t('errors.generic');
  }
  return t('errors.generic');
}
