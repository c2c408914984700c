import { Badge, Card, Empty, List, Space, Typography } from 'antd';
import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SectionProps<T> {
  title: string;
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
  alert?: boolean;
  /** How many there are in all, when `items` shows the first few. */
  count?: number;
  /** Beside the title: a link to the whole list. */
  extra?: ReactNode;
  rowKey?: (item: T) => Key;
}

export function Section<T extends { id: number }>({
  title,
  items,
  empty,
  render,
  alert,
  count = items.length,
  extra,
  rowKey,
}: SectionProps<T>) {
  const { t } = useTranslation();
  return (
    <section aria-label={title} style={{ height: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0, fontSize: 16 }}>
              {title}
            </Typography.Title>
            <Badge
              count={count}
              showZero
              color={alert && count > 0 ? 'red' : 'gray'}
              title={t('myWeek.count', { n: count })}
            />
          </Space>
        }
        extra={extra}
        style={{ height: '100%' }}
      >
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        ) : (
          <List<T> dataSource={items} rowKey={rowKey ?? 'id'} renderItem={render} />
        )}
      </Card>
    </section>
  );
}
