import { Card, Empty, Grid, List, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Key, ReactNode } from 'react';

export interface ListPaging {
  /** 0-based */
  page: number;
  size: number;
  total: number;
  onChange: (page: number, size: number) => void;
  showTotal?: (total: number) => ReactNode;
}

export interface ResponsiveListProps<T> {
  rowKey: (item: T) => Key;
  items: T[];
  loading: boolean;
  columns: ColumnsType<T>;
  /** One record as a card, for screens narrower than 576 px. */
  renderCard: (item: T) => ReactNode;
  empty: ReactNode;
  paging?: ListPaging;
  /** Table width below which it scrolls sideways. */
  scrollX?: number;
  onTableChange?: TableProps<T>['onChange'];
  label?: string;
}

/** A table on a desk, a stack of cards on a phone: the same records, paging and empty state. */
export function ResponsiveList<T extends object>({
  rowKey,
  items,
  loading,
  columns,
  renderCard,
  empty,
  paging,
  scrollX = 900,
  onTableChange,
  label,
}: ResponsiveListProps<T>) {
  const phone = Grid.useBreakpoint().sm === false;
  const pagination = paging && {
    current: paging.page + 1,
    pageSize: paging.size,
    total: paging.total,
    showTotal: paging.showTotal,
    showSizeChanger: !phone,
    onChange: (page: number, size: number) => paging.onChange(size !== paging.size ? 0 : page - 1, size),
  };
  const emptyText = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;

  if (phone) {
    return (
      <List<T>
        aria-label={label}
        loading={loading}
        dataSource={items}
        rowKey={rowKey}
        locale={{ emptyText }}
        pagination={pagination && { ...pagination, size: 'small', align: 'center' }}
        renderItem={(item) => (
          <List.Item style={{ padding: '6px 0', borderBlockEnd: 'none' }}>
            <Card size="small" style={{ width: '100%' }}>
              {renderCard(item)}
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<T>
      aria-label={label}
      rowKey={rowKey}
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: scrollX }}
      locale={{ emptyText }}
      pagination={pagination ?? false}
      onChange={onTableChange}
    />
  );
}

export type LinkedListProps<T> = Omit<ResponsiveListProps<T>, 'rowKey' | 'loading' | 'paging' | 'scrollX'> & {
  loading?: boolean;
};

/** The records linked to a detail page (its visits, leads, projects): keyed by id, all on one page, narrower. */
export function LinkedList<T extends { id: number }>({ loading = false, ...props }: LinkedListProps<T>) {
  return <ResponsiveList<T> rowKey={(item) => item.id} loading={loading} scrollX={640} {...props} />;
}
