import { Flex } from 'antd';
import type { FlexProps, TableColumnType } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { StageTag } from '../../projects';

/** The name column of a cockpit project card: a link to the project, with a line under it. */
export function projectNameColumn<T extends { id: number; name: string }>(
  title: string,
  below: (row: T) => ReactNode,
  align?: FlexProps['align'],
): TableColumnType<T> {
  return {
    title,
    key: 'name',
    render: (_, row) => (
      <Flex vertical gap={2} align={align}>
        <Link to={`/projects/${row.id}`}>{row.name}</Link>
        {below(row)}
      </Flex>
    ),
  };
}

/** The stage column of a cockpit project card. */
export function projectStageColumn<T extends { stage: ComponentProps<typeof StageTag>['stage'] }>(
  title: string,
): TableColumnType<T> {
  return { title, key: 'stage', width: 84, render: (_, row) => <StageTag stage={row.stage} /> };
}
