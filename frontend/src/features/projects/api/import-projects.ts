import { apiUpload } from '../../../lib/api-client';
import type { ImportReport } from '../../../components/import-modal';

export interface ImportProjectsArgs {
  file: File;
  dryRun: boolean;
  /** The ledger's month, YYYY-MM. */
  month: string;
}

/** The monthly project ledger: checked with dryRun=true, written with dryRun=false. */
export const importProjects = ({ file, dryRun, month }: ImportProjectsArgs) =>
  apiUpload<ImportReport>(`/api/projects/import?dryRun=${dryRun}&month=${encodeURIComponent(month)}`, file);

export const PROJECT_IMPORT_TEMPLATE = '/api/projects/import/template';
