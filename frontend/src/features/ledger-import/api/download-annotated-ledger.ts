import { multipart } from '../../../lib/api-client';
import { fetchFile } from '../../../lib/download';
import type { LedgerRequest } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const stem = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/** The checked sheet sent back with a last column explaining each row's errors (the same request as the check). */
export const downloadAnnotatedLedger = ({ file, month, options }: LedgerRequest) =>
  fetchFile(
    `/api/projects/import/annotated?month=${encodeURIComponent(month)}`,
    XLSX,
    `${stem(file.name)}-errors.xlsx`,
    multipart(file, { options: JSON.stringify(options) }),
  );
