import { useDraggable } from '@dnd-kit/core';
import { Card } from 'antd';
import type { KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ProjectListItem } from '../api/types';
import { ProjectCardBody } from './project-card-body';

export interface ProjectCardProps {
  item: ProjectListItem;
  /** Whether the user may move this card (their unit's project, officer or unit head). */
  movable: boolean;
}

/** A project on the board: click or Enter opens it; drag (mouse, long touch, or Space and arrows) moves it. */
export function ProjectCard({ item, movable }: ProjectCardProps) {
  const navigate = useNavigate();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `project-${item.id}`,
    data: { item },
    disabled: !movable,
  });
  const open = () => navigate(`/projects/${item.id}`);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && !isDragging) open();
  };

  return (
    <div
      ref={setNodeRef}
      data-testid={`project-card-${item.code}`}
      {...attributes}
      {...listeners}
      aria-disabled={undefined}
      onKeyDown={onKeyDown}
      onClick={open}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: movable ? 'grab' : 'pointer', borderRadius: 8 }}
    >
      <Card size="small" hoverable styles={{ body: { padding: 10 } }}>
        <ProjectCardBody item={item} />
      </Card>
    </div>
  );
}
