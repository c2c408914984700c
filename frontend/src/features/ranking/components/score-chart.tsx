import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../components/echart';
import type { UnitRanking } from '../api/types';
import { scoreChartOption } from '../lib/ranking-format';

export interface ScoreChartProps {
  units: UnitRanking[];
}

const ROW_HEIGHT = 26;

/** Scores as horizontal bars, best at the top; tall enough for every ranked unit. */
export function ScoreChart({ units }: ScoreChartProps) {
  const { t } = useTranslation();
  const ranked = units.filter((u) => u.score !== null).length;
  return (
    <Card title={t('ranking.chartTitle')}>
      <EChart
        label={t('ranking.chartTitle')}
        option={scoreChartOption(units, t('ranking.scoreAxis'))}
        height={Math.max(160, ranked * ROW_HEIGHT + 40)}
      />
    </Card>
  );
}
