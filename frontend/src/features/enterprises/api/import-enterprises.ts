import { apiUpload } from '../../../lib/api-client';
import type { ImportReport } from '../../../components/import-modal';

export type { ImportReport } from '../../../components/import-modal';

export const importEnterprises = ({ file, dryRun }: { file: File; dryRun: boolean }) =>
  apiUpload<ImportReport>(`/api/enterprises/import?dryRun=${dryRun}`, file);
