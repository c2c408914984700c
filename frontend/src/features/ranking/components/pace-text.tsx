import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeColour } from '../../../lib/change-colours';
import { formatPoints, paceOf } from '../lib/ranking-format';

export interface PaceTextProps {
  aheadPoints: number | null;
}

/**
 * x points ahead of (or behind) time progress, coloured as a rise (ahead) or a fall (behind) under the user's
 * convention (red up, green down unless chosen otherwise); nothing when the metric has no target.
 */
export function PaceText({ aheadPoints }: PaceTextProps) {
  const { t, i18n } = useTranslation();
  const colour = useChangeColour();
  const pace = paceOf(aheadPoints);
  if (pace === null || aheadPoints === null) return null;
  return (
    // One piece: when the line is full, the whole phrase moves to the next line rather than leaving "points" behind.
    <Typography.Text
      type={pace === 'onPace' ? 'secondary' : undefined}
      style={{
        display: 'inline-block',
        wordBreak: 'keep-all',
        color: pace === 'onPace' ? undefined : colour(pace === 'ahead'),
      }}
      data-testid="pace"
    >
      {t(`ranking.pace.${pace}`, { points: formatPoints(aheadPoints, i18n.language) })}
    </Typography.Text>
  );
}
