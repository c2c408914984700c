import { apiUpload } from '../../../lib/api-client';
import type { Job } from '../../../lib/jobs';
import type { ImportReport } from '../../../components/import-modal';

export type { ImportReport } from '../../../components/import-modal';

/** Starts the import job (202); its result is the report. dryRun=true checks and writes nothing. */
export const importEnterprises = ({ file, dryRun }: { file: File; dryRun: boolean }) =>
  apiUpload<Job<ImportReport>>(`/api/enterprises/import?dryRun=${dryRun}`, file);
