import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeColour } from '../../../lib/change-colours';
import { changeRatio, formatRatio } from './format';

export interface YearOnYearProps {
  current: number;
  lastYear: number;
}

/**
 * Year on year ▲ 12.5% / ▼ 3.2%, a rise red and a fall green unless the user chose otherwise; a dash when last year
 * had nothing to compare with.
 */
export function YearOnYear({ current, lastYear }: YearOnYearProps) {
  const { t, i18n } = useTranslation();
  const colour = useChangeColour();
  const ratio = changeRatio(current, lastYear);
  if (ratio === null) {
    return <Typography.Text type="secondary">{t('cockpit.yoy.none')}</Typography.Text>;
  }
  const up = ratio >= 0;
  const percent = formatRatio(ratio, i18n.language);
  return (
    <Typography.Text
      aria-label={t(up ? 'cockpit.yoy.up' : 'cockpit.yoy.down', { percent })}
      style={{ color: colour(up) }}
      data-testid="yoy"
    >
      {t('cockpit.yoy.label')} {up ? '▲' : '▼'} {percent}
    </Typography.Text>
  );
}
