import { apiUpload } from '../../../lib/api-client';
import type { Job } from '../../../lib/jobs';
import type { LedgerReport, LedgerRequest } from './types';

export const ledgerImportPath = (month: string, dryRun: boolean) =>
  `/api/projects/import?dryRun=${dryRun}&month=${encodeURIComponent(month)}`;

/** Starts the check (dryRun) or the import as a job (202); its result is the report. */
export const runLedgerImport = ({ file, month, options }: LedgerRequest, dryRun: boolean) =>
  apiUpload<Job<LedgerReport>>(ledgerImportPath(month, dryRun), file, { options: JSON.stringify(options) });
