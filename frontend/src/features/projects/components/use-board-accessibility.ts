import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { ProjectListItem } from '../api/types';

/** What a screen reader says while a card is carried from column to column, in the user's language. */
export function useBoardAccessibility(): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation();
  const nameOf = (data: unknown) => (data as { item?: ProjectListItem } | undefined)?.item?.name ?? '';
  const stageOf = (id: unknown) => t(`projects.stages.${String(id)}`);
  return {
    screenReaderInstructions: { draggable: t('projects.board.dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('projects.board.dnd.start', { name: nameOf(active.data.current) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('projects.board.dnd.over', { name: nameOf(active.data.current), stage: stageOf(over.id) })
          : t('projects.board.dnd.outside', { name: nameOf(active.data.current) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('projects.board.dnd.drop', { name: nameOf(active.data.current), stage: stageOf(over.id) })
          : t('projects.board.dnd.cancel', { name: nameOf(active.data.current) }),
      onDragCancel: ({ active }) => t('projects.board.dnd.cancel', { name: nameOf(active.data.current) }),
    },
  };
}
