import { describe, expect, it, vi } from 'vitest';
import i18n from './i18n';
import { cappedPagination, sortParam } from './table-query';

describe('sortParam', () => {
  it('names the column, descending with a minus, and nothing when unsorted', () => {
    expect(sortParam({ columnKey: 'name', order: 'ascend' })).toBe('name');
    expect(sortParam([{ columnKey: 'createdAt', order: 'descend' }])).toBe('-createdAt');
    expect(sortParam({ columnKey: 'name', order: null })).toBeUndefined();
  });
});

describe('cappedPagination', () => {
  const t = i18n.t;
  const texts = { t, texts: 'projects' };

  it('shows the counted total and starts over on a new page size', () => {
    const onChange = vi.fn();
    const paging = cappedPagination({ filter: { page: 2, size: 20 }, data: { total: 75 }, ...texts, onChange });
    expect(paging).toMatchObject({ current: 3, pageSize: 20, total: 75 });
    expect(paging.showTotal?.(75, [41, 60])).toBe(t('projects.total', { total: 75 }));
    paging.onChange?.(4, 20);
    expect(onChange).toHaveBeenLastCalledWith({ page: 3, size: 20 });
    paging.onChange?.(4, 50);
    expect(onChange).toHaveBeenLastCalledWith({ page: 0, size: 50 });
  });

  it('keeps a next page open past counting', () => {
    const paging = cappedPagination({
      filter: { page: 0, size: 20 },
      data: { total: null },
      ...texts,
      onChange: vi.fn(),
    });
    expect(paging.total).toBe(40);
    expect(paging.showTotal?.(40, [1, 20])).toBe(t('projects.totalMany'));
    expect(cappedPagination({ filter: { page: 0, size: 20 }, ...texts, onChange: vi.fn() }).total).toBe(0);
  });
});
