import { Badge, Card, Empty, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SectionProps<T> {
  title: string;
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
  alert?: boolean;
}

export function Section<T extends { id: number }>({ title, items, empty, render, alert }: SectionProps<T>) {
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
            <Badge count={items.length} showZero color={alert && items.length > 0 ? 'red' : 'gray'} title={t('myWeek.count', { n: items.length })} />
          </Space>
        }
        style={{ height: '100%' }}
      >
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        ) : (
          <List<T> dataSource={items} rowKey="id" renderItem={render} />
        )}
      </Card>
    </section>
  );
}
