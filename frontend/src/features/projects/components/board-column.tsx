import { useDroppable } from '@dnd-kit/core';
import { Badge, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardColumn as Column, ProjectListItem } from '../api/types';
import { ProjectCard } from './project-card';
import { StageTag } from './stage-tag';

export interface BoardColumnProps {
  column: Column;
  width: number;
  canMove: (item: ProjectListItem) => boolean;
}

export function BoardColumn({ column, width, canMove }: BoardColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const label = t(`projects.stages.${column.stage}`);

  return (
    <section
      ref={setNodeRef}
      data-testid={`board-column-${column.stage}`}
      aria-label={t('projects.board.column', { stage: label, total: column.total })}
      style={{
        width,
        flex: 'none',
        background: isOver ? '#fff1f0' : '#fafafa',
        border: `1px ${isOver ? 'dashed #c0392b' : 'solid #f0f0f0'}`,
        borderRadius: 8,
        padding: 8,
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <StageTag stage={column.stage} />
        <Badge count={column.total} showZero color="#8c8c8c" overflowCount={9999} />
      </Flex>
      {column.total > column.items.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 6 }}>
          {t('projects.board.truncated', { shown: column.items.length, total: column.total })}
        </Typography.Text>
      )}
      <Flex vertical gap={8}>
        {column.items.map((item) => (
          <ProjectCard key={item.id} item={item} movable={canMove(item)} />
        ))}
        {column.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.board.emptyColumn')} />
        )}
      </Flex>
    </section>
  );
}
