/** The ledger import (docs/api-ledger-import.md): preview, check and apply, as the server sends them. */

/** A field a sheet column can be imported as. */
export type LedgerFieldCode =
  | 'CODE'
  | 'NAME'
  | 'POOL'
  | 'STAGE'
  | 'KEY_PROJECT'
  | 'INVESTORS'
  | 'CREDIT_CODE'
  | 'NATURE'
  | 'TAGS'
  | 'ORIGIN'
  | 'ORIGIN_TIER'
  | 'INDUSTRY'
  | 'INDUSTRY_CODE'
  | 'ZONE'
  | 'PARK_OR_SITE'
  | 'STREET'
  | 'CONTENT'
  | 'METHOD'
  | 'SOURCE'
  | 'TOTAL'
  | 'FIXED_ASSET'
  | 'CONTRACT_USD'
  | 'FUNDS_MONTH'
  | 'FUNDS_YEAR'
  | 'FUNDS_ALL'
  | 'FOREIGN_USD'
  | 'FOREIGN_USD_YEAR'
  | 'NEGOTIATING_ON'
  | 'SIGNED_ON'
  | 'REGISTERED_ON'
  | 'CONSTRUCTION_ON'
  | 'OPERATING_ON'
  | 'SPONSOR'
  | 'UNIT'
  | 'OWNER'
  | 'PROGRESS'
  | 'PROBLEM'
  | 'COORDINATION'
  | 'NEXT_STEP';

export interface LedgerField {
  field: LedgerFieldCode;
  /** The server's (Chinese) name of the field. */
  label: string;
  required: boolean;
}

export interface LedgerColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** The header text; a two-row header joins its rows with "/" (e.g. "funds/this month"). */
  header: string;
  /** null: the import does not take this column unless the user maps it. */
  field: LedgerFieldCode | null;
  /** The header's unit in brackets, as a factor into 10k CNY / 10k USD (100M CNY → 10000). */
  multiplier?: number | null;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

export type MonthSource = 'TITLE' | 'FILE_NAME' | 'DEFAULT';

export interface LedgerPreview {
  fileName: string;
  sheets: string[];
  sheet: string;
  title: string | null;
  /** Excel row numbers of the header: one or two rows. */
  headerRows: number[];
  /** YYYY-MM */
  month: string;
  monthSource: MonthSource;
  monthClosed: boolean;
  closedMonths: string[];
  columns: LedgerColumn[];
  fields: LedgerField[];
  /** The first data rows; cells by column index. */
  rows: { row: number; cells: (string | null)[] }[];
  dataRows: number;
  skipped: SkippedRow[];
  /** The mapping is the one saved at the last import of a sheet of this shape. */
  remembered: boolean;
}

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

export interface LedgerIssue {
  row: number;
  column: string;
  message: string;
}

/** A totals row that does not add up (a warning). */
export interface TotalsMismatch {
  row: number;
  column: string;
  /** The figure written in the sheet and the sum of the rows, as decimal strings. */
  sheet: string;
  rows: string;
}

/** The result of a LEDGER_IMPORT job. */
export interface LedgerReport {
  status: 'REJECTED' | 'VALID' | 'APPLIED';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: boolean;
  errors: LedgerIssue[];
  warnings?: LedgerIssue[];
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
