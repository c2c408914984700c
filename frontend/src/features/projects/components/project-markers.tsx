import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stalled } from '../api/types';

export interface ProjectMarkersProps {
  stalled: Stalled | null;
  pendingConfirmation?: boolean;
}

/** The red "stalled" flag with the rule that raised it, and the orange "awaiting review" flag. */
export function ProjectMarkers({ stalled, pendingConfirmation }: ProjectMarkersProps) {
  const { t } = useTranslation();
  return (
    <>
      {stalled && (
        <Tooltip title={stalled.message}>
          <Tag color="red" aria-label={`${t('projects.stalled')}: ${stalled.message}`} style={{ marginInlineEnd: 4 }}>
            {t('projects.stalled')}
          </Tag>
        </Tooltip>
      )}
      {pendingConfirmation && (
        <Tag color="orange" style={{ marginInlineEnd: 4 }}>
          {t('projects.pending')}
        </Tag>
      )}
    </>
  );
}
