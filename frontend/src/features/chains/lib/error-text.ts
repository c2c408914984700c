import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/** The chain map's own words for an error code (chain.node_in_use …), else the app's. */
export function chainErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `chains.errors.${error.code}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return errorMessage(t, error);
}
