import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';

// Only the parts the cockpit draws, to keep the bundle small.
echarts.use([BarChart, FunnelChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** What ECharts tells about a clicked bar, line point or funnel segment. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

export interface EChartProps {
  option: EChartsOption;
  /** Read aloud: a chart is a picture. */
  label: string;
  height?: number;
  onClick?: (event: ChartClick) => void;
}

/** A chart that follows the window's size (a meeting-room screen, a laptop, a phone). */
export function EChart({ option, label, height = 340, onClick }: EChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        autoResize
        style={{ height, width: '100%' }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
