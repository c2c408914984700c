import { Card, Descriptions, Flex, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';

export interface DetailCardProps {
  title: ReactNode;
  /** Tags and short facts under the title. */
  meta: ReactNode;
  /** The record's actions (or why there are none), at the right. */
  actions?: ReactNode;
  /** The space under the title, in pixels. */
  titleGap?: number;
  /** What the card shows below: alerts, the record's fields. */
  children?: ReactNode;
}

/** The head of a record's page: its title with tags and facts, its actions, then its fields. */
export function DetailCard({ title, meta, actions, titleGap = 8, children }: DetailCardProps) {
  return (
    <Card>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: `0 0 ${titleGap}px` }}>
            {title}
          </Typography.Title>
          <Space size={4} wrap>
            {meta}
          </Space>
        </div>
        {actions}
      </Flex>
      {children}
    </Card>
  );
}

/** A record's fields under its head: one column on a phone, up to three on a wide screen. */
export function DetailDescriptions({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 16 }} items={items} />;
}

/** A record's text of several lines (a summary, a plan) as typed, its line breaks kept. */
export function LongText({ children }: { children: ReactNode }) {
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{children}</Typography.Paragraph>;
}
