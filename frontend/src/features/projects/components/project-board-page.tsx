import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Card, Empty, Grid, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth';
import { useBoard } from '../api/get-board';
import { filterParams } from '../api/get-projects';
import type { ProjectListItem, Stage } from '../api/types';
import { BOARD_KEYBOARD_CODES, boardCollisions, columnKeyboardCoordinates } from './board-dnd';
import { BoardColumn } from './board-column';
import { DrillDownAlert } from './drill-down-alert';
import { ProjectCardBody } from './project-card-body';
import { ProjectFilters } from './project-filters';
import { ProjectsHeader } from './projects-header';
import { TransitionModal } from './transition-modal';
import { useBoardAccessibility } from './use-board-accessibility';
import { useProjectFilter } from './use-project-filter';
import { QueryError } from '../../../components/query-error';

const itemOf = (data: unknown) => (data as { item?: ProjectListItem } | undefined)?.item;

/** The funnel as columns; dropping a card on another column asks for the transition's details. */
export function ProjectBoardPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useProjectFilter();
  const board = useBoard(filter);
  const me = useMe();
  const phone = !Grid.useBreakpoint().md;
  const accessibility = useBoardAccessibility();
  const [dragging, setDragging] = useState<ProjectListItem>();
  const [moving, setMoving] = useState<{ item: ProjectListItem; toStage: Stage }>();

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A long press, so that a finger can still scroll the board sideways.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { keyboardCodes: BOARD_KEYBOARD_CODES, coordinateGetter: columnKeyboardCoordinates }),
  );

  const roles = me.data?.roles ?? [];
  const writer = roles.includes('officer') || roles.includes('unit_head');
  const canMove = (item: ProjectListItem) => writer && item.unitId === me.data?.unit?.id;

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(undefined);
    const item = itemOf(active.data.current);
    if (item && over && over.id !== item.stage) setMoving({ item, toStage: over.id as Stage });
  };

  // The card as the board shows it now: after a refused, stale move the board reloads with the new version.
  const current =
    moving && (board.data?.columns.flatMap((c) => c.items).find((i) => i.id === moving.item.id) ?? moving.item);

  return (
    <Card>
      <ProjectsHeader view="board" listUrl={`/api/projects?${filterParams(filter).toString()}`} />
      <DrillDownAlert />
      <ProjectFilters filter={filter} onChange={setFilter} />
      {board.isError && <QueryError error={board.error} />}
      {writer && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('projects.board.hint')}
        </Typography.Paragraph>
      )}
      {board.data?.columns.every((column) => column.total === 0) && (
        <Empty description={t('projects.empty')} style={{ marginBottom: 12 }} />
      )}
      {board.isPending ? (
        <Skeleton active />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollisions}
          accessibility={accessibility}
          onDragStart={({ active }) => setDragging(itemOf(active.data.current))}
          onDragCancel={() => setDragging(undefined)}
          onDragEnd={onDragEnd}
        >
          <div style={{ overflowX: 'auto', paddingBottom: 8, opacity: board.isFetching ? 0.7 : 1 }}>
            <div style={{ display: 'flex', gap: 12, alignItems: 'stretch', width: 'max-content' }}>
              {(board.data?.columns ?? []).map((column) => (
                <BoardColumn key={column.stage} column={column} width={phone ? 240 : 260} canMove={canMove} />
              ))}
            </div>
          </div>
          <DragOverlay>
            {dragging && (
              <Card
                data-testid="board-drag-overlay"
                size="small"
                style={{ width: phone ? 224 : 244, cursor: 'grabbing' }}
                styles={{ body: { padding: 10 } }}
              >
                <ProjectCardBody item={dragging} />
              </Card>
            )}
          </DragOverlay>
        </DndContext>
      )}
      <TransitionModal
        open={!!moving}
        project={current}
        toStage={moving?.toStage}
        onClose={() => setMoving(undefined)}
      />
    </Card>
  );
}
