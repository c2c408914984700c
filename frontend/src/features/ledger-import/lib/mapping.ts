import type { LedgerColumn, LedgerField, LedgerFieldCode, LedgerPreview } from '../api/types';

/** Column index (as a string, like the JSON the server reads) → field; null: not imported. */
export type Mapping = Record<string, LedgerFieldCode | null>;

/** The mapping as detected: every column of the sheet, so that the server gets the whole picture. */
export const detectedMapping = (columns: LedgerColumn[]): Mapping =>
  Object.fromEntries(columns.map((column) => [String(column.index), column.field]));

/**
 * Fields whose cells name a unit, zone, park or industry: mapping a column to or from one of them changes which
 * names the sheet uses, so the choices made for unknown names no longer hold.
 */
export const NAME_FIELDS: ReadonlySet<LedgerFieldCode> = new Set<LedgerFieldCode>([
  'UNIT',
  'ZONE',
  'PARK_OR_SITE',
  'STREET',
  'INDUSTRY',
  'INDUSTRY_CODE',
]);

export const changesNames = (before: LedgerFieldCode | null | undefined, after: LedgerFieldCode | null) =>
  Boolean((before && NAME_FIELDS.has(before)) || (after && NAME_FIELDS.has(after)));

/** Required fields no column is mapped to. */
export const missingRequired = (fields: LedgerField[], mapping: Mapping): LedgerField[] => {
  const mapped = new Set(Object.values(mapping));
  return fields.filter((field) => field.required && !mapped.has(field.field));
};

/** Fields mapped from more than one column, with those columns' indexes. */
export const duplicateFields = (mapping: Mapping): { field: LedgerFieldCode; columns: number[] }[] => {
  const byField = new Map<LedgerFieldCode, number[]>();
  for (const [index, field] of Object.entries(mapping)) {
    if (field) byField.set(field, [...(byField.get(field) ?? []), Number(index)]);
  }
  return [...byField.entries()]
    .filter(([, columns]) => columns.length > 1)
    .map(([field, columns]) => ({ field, columns }));
};

/** Excel's letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
};

/** The first non-empty values of a column in the preview rows. */
export const sampleValues = (preview: Pick<LedgerPreview, 'rows'>, index: number, count = 3): string[] =>
  preview.rows
    .map((row) => row.cells[index])
    .filter((cell): cell is string => cell !== null && cell !== undefined && String(cell).trim() !== '')
    .map(String)
    .slice(0, count);
