import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints, paceOf } from '../lib/ranking-format';

export interface PaceTextProps {
  aheadPoints: number | null;
}

/** x points ahead of (or behind) time progress, green ahead and red behind; nothing when the metric has no target. */
export function PaceText({ aheadPoints }: PaceTextProps) {
  const { t, i18n } = useTranslation();
  const pace = paceOf(aheadPoints);
  if (pace === null || aheadPoints === null) return null;
  return (
    // One piece: when the line is full, the whole phrase moves to the next line rather than leaving "points" behind.
    <Typography.Text
      type={pace === 'ahead' ? 'success' : pace === 'behind' ? 'danger' : 'secondary'}
      style={{ display: 'inline-block', wordBreak: 'keep-all' }}
      data-testid="pace"
    >
      {t(`ranking.pace.${pace}`, { points: formatPoints(aheadPoints, i18n.language) })}
    </Typography.Text>
  );
}
