import type { TFunction } from 'i18next';
import { ApiError } from './api-client';
import { errorMessage } from './error-message';

/** Feature catalogues that explain their API's refusals (lead.closed → leads.errors.lead.closed). */
const NAMESPACES = ['leads', 'trips', 'events', 'chains', 'visits'];

/** A feature's own text for an error code, else the app's catalogue, else the server's detail. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    for (const ns of NAMESPACES) {
      const key = `${ns}.errors.${error.code}`;
      const text = t(key);
      if (text !== key) return text;
    }
  }
  return errorMessage(t, error);
}
