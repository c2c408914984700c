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

export interface StageTagProps {
  stage: Stage;
}

export function StageTag({ stage }: StageTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[stage]} bordered={stage !== 'ON_HOLD'} style={{ marginInlineEnd: 0 }}>
      {t(`projects.stages.${stage}`)}
    </Tag>
  );
}
