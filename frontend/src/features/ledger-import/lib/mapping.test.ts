import { describe, expect, it } from 'vitest';
import type { LedgerField } from '../api/types';
import { columnLetter, detectedMapping, duplicateFields, missingRequired, sampleValues } from './mapping';

const FIELDS: LedgerField[] = [
  { field: 'NAME', label: 'name', required: true },
  { field: 'STAGE', label: 'stage', required: true },
  { field: 'SPONSOR', label: 'sponsor', required: false },
];

describe('ledger column mapping', () => {
  it('sends every column, names the required fields no column gives and the fields given twice', () => {
    const mapping = detectedMapping([
      { index: 0, header: 'No.', field: null, multiplier: null },
      { index: 1, header: 'Project', field: 'NAME', multiplier: null },
      { index: 2, header: 'Leader', field: 'SPONSOR', multiplier: null },
      { index: 3, header: 'Leader 2', field: 'SPONSOR', multiplier: null },
    ]);
    expect(mapping).toEqual({ 0: null, 1: 'NAME', 2: 'SPONSOR', 3: 'SPONSOR' });
    expect(missingRequired(FIELDS, mapping).map((f) => f.field)).toEqual(['STAGE']);
    expect(duplicateFields(mapping)).toEqual([{ field: 'SPONSOR', columns: [2, 3] }]);
    expect(missingRequired(FIELDS, { ...mapping, 0: 'STAGE' })).toEqual([]);
  });

  it("names columns as Excel does and shows a column's first non-empty values", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    const rows = [
      { row: 5, cells: ['1', ''] },
      { row: 6, cells: ['2', ''] },
      { row: 7, cells: ['3', 'x'] },
    ];
    expect(sampleValues({ rows }, 0, 2)).toEqual(['1', '2']);
    expect(sampleValues({ rows }, 1)).toEqual(['x']);
  });
});
