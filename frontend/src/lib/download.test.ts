import { describe, expect, it } from 'vitest';
import { listExportUrl } from './download';

describe('listExportUrl', () => {
  it('keeps the filters and order of the list and drops its paging', () => {
    expect(listExportUrl('/api/projects?q=%E5%8C%BB&stage=SIGNED&stage=LANDED&sort=-updatedAt&page=3&size=50')).toBe(
      '/api/projects/export?q=%E5%8C%BB&stage=SIGNED&stage=LANDED&sort=-updatedAt',
    );
  });

  it('exports an unfiltered list with no query at all', () => {
    expect(listExportUrl('/api/ranking')).toBe('/api/ranking/export');
    expect(listExportUrl('/api/trips?page=0&size=20')).toBe('/api/trips/export');
  });
});
