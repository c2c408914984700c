import { apiUpload } from '../../../lib/api-client';
import type { LedgerPreview } from './types';

/** Reads the sheet and answers what was detected; nothing is written. `sheet`: look at another sheet than the detected one. */
export const previewLedger = ({ file, sheet }: { file: File; sheet?: string }) =>
  apiUpload<LedgerPreview>('/api/projects/import/preview', file, { sheet });

export const LEDGER_TEMPLATE = '/api/projects/import/template';
