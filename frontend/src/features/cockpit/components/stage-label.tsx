import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../api/types';

const COLORS: Record<Stage, string> = {
  LEAD: 'default',
  NEGOTIATING: 'blue',
  SIGNED: 'purple',
  REGISTERED: 'cyan',
  CONSTRUCTION: 'gold',
  OPERATING: 'green',
  ON_HOLD: 'default',
  TERMINATED: '#8c8c8c',
};

export interface StageLabelProps {
  stage: Stage;
}

/** A project's stage, with the project list's labels and colours (the cockpit does not import the projects feature). */
export function StageLabel({ stage }: StageLabelProps) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {t(`projects.stages.${stage}`)}
    </Tag>
  );
}
