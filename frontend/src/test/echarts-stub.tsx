import type { EChartsReactProps } from 'echarts-for-react/lib/types';

interface Series {
  name?: string;
  data: unknown[];
}

const nameOf = (point: unknown) =>
  typeof point === 'object' && point !== null && 'name' in point ? String(point.name) : undefined;

const valueOf = (point: unknown) =>
  typeof point === 'object' && point !== null && 'value' in point ? String(point.value) : String(point);

/**
 * Stands in for echarts-for-react in jsdom (no canvas): shows each series' data as buttons, and a button's
 * click is the chart's click on that bar, point or segment.
 */
export default function EChartsStub({ option, onEvents }: EChartsReactProps) {
  const series = (option.series ?? []) as Series[];
  return (
    <div data-testid="echart">
      {series.map((s, seriesIndex) => (
        <div key={seriesIndex} data-testid={`series-${seriesIndex}`} data-name={s.name}>
          {s.data.map((point, dataIndex) => (
            <button
              key={dataIndex}
              type="button"
              data-name={nameOf(point)}
              onClick={() => onEvents?.click?.({ seriesIndex, dataIndex })}
            >
              {valueOf(point)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
