import { Card, Empty } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FunnelStage } from '../api/types';
import { TEXT, TOOLTIP } from './chart-theme';
import { EChart } from '../../../components/echart';
import { formatCount, formatDecimal } from './format';
import { FigureTitle } from '../../figures';

export interface FunnelChartProps {
  stages: FunnelStage[];
}

const COLORS = ['#2f6fb0', '#7b4fb5', '#16858a', '#b7791f', '#3f8f3f'];

/** The first bar counts every project that entered the funnel this year, not those still negotiating. */
const stageName = (stage: FunnelStage, index: number, t: TFunction) =>
  index === 0 ? t('cockpit.funnel.entered') : t(`projects.stages.${stage.stage}`);

function describe(stage: FunnelStage, index: number, t: TFunction, lang: string) {
  const name = stageName(stage, index, t);
  const reached = t('cockpit.funnel.reached', { value: formatCount(stage.reached, lang) });
  const conversion =
    stage.conversionFromPrevious === null
      ? null
      : t('cockpit.funnel.conversion', { value: formatDecimal(stage.conversionFromPrevious, lang) });
  const days =
    stage.averageDaysFromPrevious === null
      ? null
      : t('cockpit.funnel.days', { value: formatDecimal(stage.averageDaysFromPrevious, lang) });
  return {
    // Two short lines, so that the narrow end of the funnel still holds them on a phone.
    label: [name, [formatCount(stage.reached, lang), conversion].filter(Boolean).join(' · ')].join('\n'),
    tooltip: [`${name}: ${reached}`, conversion, days].filter(Boolean).join('<br/>'),
  };
}

/** How far this year's projects got: reached per stage, conversion from the stage before and the days it took. */
export function FunnelChart({ stages }: FunnelChartProps) {
  const { t, i18n } = useTranslation();
  const lines = stages.map((stage, index) => describe(stage, index, t, i18n.language));
  const empty = stages.every((s) => s.reached === 0);
  return (
    <Card
      title={<FigureTitle title={t('cockpit.funnel.title')} figure={['funnel_entered', 'funnel_reached']} />}
      style={{ height: '100%' }}
    >
      {empty ? (
        <Empty description={t('cockpit.empty')} />
      ) : (
        <EChart
          label={t('cockpit.funnel.title')}
          option={{
            textStyle: TEXT,
            color: COLORS,
            tooltip: {
              ...TOOLTIP,
              trigger: 'item',
              formatter: (p) => (Array.isArray(p) ? '' : lines[p.dataIndex].tooltip),
            },
            series: [
              {
                type: 'funnel',
                sort: 'none',
                left: '5%',
                width: '90%',
                minSize: '42%',
                gap: 2,
                label: {
                  position: 'inside',
                  fontSize: 15,
                  lineHeight: 20,
                  color: '#fff',
                  formatter: (p: { dataIndex: number }) => lines[p.dataIndex].label,
                },
                data: stages.map((s, index) => ({ name: stageName(s, index, t), value: s.reached })),
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
