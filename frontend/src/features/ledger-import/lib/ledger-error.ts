import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/**
 * The app's message for a refusal, except where the ledger says it better: the shared texts for
 * import.unsupported_file and import.unreadable name only .xlsx and .csv, and a ledger may also be an .xls.
 */
export function ledgerErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `ledgerImport.errors.${error.code}`;
    const own = t(key);
    if (own !== key) return own;
  }
  return errorMessage(t, error);
}
