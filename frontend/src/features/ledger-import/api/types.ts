/** The ledger import (docs/api-ledger-import.md): preview, check and apply, as the server sends them. */

import type { ImportIssue, ImportReport } from '../../../components/import-modal';
import type { Schemas } from '../../../types/api';

/** A field a sheet column can be imported as. */
export type LedgerFieldCode = Schemas['LedgerField'];
export type LedgerField = Schemas['Field'];
export type LedgerColumn = Schemas['Column'];
export type SkippedRow = Schemas['Skipped'];
export type LedgerPreview = Schemas['LedgerPreview'];
export type MonthSource = LedgerPreview['monthSource'];

/*
 * Below: the options a check, an apply and an annotated download send as the multipart text field `options`, and
 * the report a LEDGER_IMPORT job answers as its `result`. The OpenAPI document has neither (a text field and a job's
 * free JSON), so they stay written here, against docs/api-ledger-import.md (ADR 0024: a documented exception).
 */
export type NameKind = 'UNIT' | 'ZONE' | 'PARK' | 'INDUSTRY';
export const NAME_KINDS: NameKind[] = ['UNIT', 'ZONE', 'PARK', 'INDUSTRY'];

export interface NameRef {
  id: number;
  name: string;
}

/** A name the sheet uses that the system does not have. */
export interface UnresolvedName {
  kind: NameKind;
  name: string;
  rows: number[];
  count: number;
  suggestions: NameRef[];
  canCreate: boolean;
}

export type Resolution =
  { kind: NameKind; name: string; action: 'MAP'; id: number } | { kind: NameKind; name: string; action: 'CREATE' };

/** The text field `options` of a check, an apply and an annotated download (sent as JSON). */
export interface LedgerOptions {
  sheet: string;
  /** Column index → field, null = not imported; every column of the sheet. */
  mapping: Record<string, LedgerFieldCode | null>;
  resolutions: Resolution[];
}

export type LedgerIssue = ImportIssue;

/** A totals row that does not add up (a warning). */
export interface TotalsMismatch {
  row: number;
  column: string;
  /** The figure written in the sheet and the sum of the rows, as decimal strings. */
  sheet: string;
  rows: string;
}

/** The result of a LEDGER_IMPORT job. */
export interface LedgerReport extends ImportReport {
  month?: string;
  sheet?: string;
  headerRows?: number[];
  skipped?: SkippedRow[];
  unresolved?: UnresolvedName[];
  totals?: TotalsMismatch[];
}

/** What a check or an apply sends besides the file. */
export interface LedgerRequest {
  file: File;
  /** YYYY-MM */
  month: string;
  options: LedgerOptions;
}
