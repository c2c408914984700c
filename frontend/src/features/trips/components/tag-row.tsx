import { Space, Tag } from 'antd';

/** Plain words of a trip (the cities, the delegation's members) as a row of tags that wraps. */
export function TagRow({ values }: { values: string[] }) {
  return (
    <Space size={[4, 4]} wrap>
      {values.map((value) => (
        <Tag key={value} style={{ marginInlineEnd: 0 }}>
          {value}
        </Tag>
      ))}
    </Space>
  );
}
