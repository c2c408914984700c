import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import type { SorterResult } from 'antd/es/table/interface';

/** The list's sort parameter for a table's sorter: the column key, '-' first when descending; none when unsorted. */
export function sortParam<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = s?.order ? String(s.columnKey) : undefined;
  return key ? `${s.order === 'descend' ? '-' : ''}${key}` : undefined;
}

export interface CappedPagingProps {
  t: TFunction;
  /** The list's texts in the translations: <texts>.total counts the matches, <texts>.totalMany is past counting. */
  texts: string;
  /** The page shown (0-based) and its size. */
  filter: { page: number; size: number };
  /** The page loaded, if any; its total is null when the server did not count every match. */
  data?: { total: number | null };
  onChange: (paging: { page: number; size: number }) => void;
}

/** A responsive list's paging over a filter's page (0-based) and size; <texts>.total counts the matches. */
export function listPaging({ t, texts, filter, data, onChange }: CappedPagingProps) {
  return {
    page: filter.page,
    size: filter.size,
    total: data?.total ?? 0,
    showTotal: (total: number) => t(`${texts}.total`, { total }),
    onChange: (page: number, size: number) => onChange({ page, size }),
  };
}

/** A table's paging over a list whose server stops counting past 1,000 matches; a new page size starts over. */
export function cappedPagination({ t, texts, filter, data, onChange }: CappedPagingProps): TablePaginationConfig {
  return {
    current: filter.page + 1,
    pageSize: filter.size,
    // Past 1,000 matches the server does not count them all (total: null): keep a next page open.
    total: data?.total ?? (data ? (filter.page + 2) * filter.size : 0),
    showSizeChanger: true,
    showTotal: (total) => (data?.total === null ? t(`${texts}.totalMany`) : t(`${texts}.total`, { total })),
    onChange: (page, size) => onChange({ page: size !== filter.size ? 0 : page - 1, size }),
  };
}
