import { GraphChart, LinesChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { COVERAGES, type Chain, type ChainNode } from '../api/types';
import { coverageStyle, isGap } from '../lib/coverage';
import { edgeEnds, layoutChain, sizesFor, type ChainLayout, type LayoutSizes } from '../lib/layout';
import { useElementWidth } from '../lib/use-element-width';

echarts.use([
  GraphChart,
  LinesChart,
  GridComponent,
  GraphicComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const LEGEND_HEIGHT = 32;
const COLUMN_FILL = ['#f5f8fc', '#f7f5fc', '#f4faf6'];
const SELECTED_BORDER = '#1f1f1f';
const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPE[c]);
const RADIUS = 8;

/** A box with round corners drawn at its own size (ECharts' roundRect rounds a wide box into a pill). */
function boxPath(width: number, height: number, r = RADIUS): string {
  const w = Math.round(width);
  const h = Math.round(height);
  return `path://M${r},0H${w - r}Q${w},0 ${w},${r}V${h - r}Q${w},${h} ${w - r},${h}H${r}Q0,${h} 0,${h - r}V${r}Q0,0 ${r},0Z`;
}

export interface ChainGraphProps {
  chain: Chain;
  selectedId?: number;
  onlyGaps: boolean;
  phone: boolean;
  onSelect: (nodeId: number) => void;
}

export const nodeCounts = (t: TFunction, node: ChainNode, short = false) =>
  t(short ? 'chains.nodeCountsShort' : 'chains.nodeCounts', {
    local: node.localCount,
    target: node.targetCount,
    projects: node.projectCount,
  });

/** The ECharts option of the chain map: columns, node boxes coloured by coverage, edges as arrows. */
export function chainGraphOption(
  t: TFunction,
  chain: Chain,
  layout: ChainLayout,
  sizes: LayoutSizes,
  { selectedId, onlyGaps, phone }: Pick<ChainGraphProps, 'selectedId' | 'onlyGaps' | 'phone'>,
): EChartsOption {
  const top = LEGEND_HEIGHT;
  const at = (id: number) => {
    const p = layout.positions.get(id) ?? { x: 0, y: 0 };
    return { x: p.x, y: p.y + top };
  };
  const faded = (node: ChainNode) => onlyGaps && !isGap(node.coverage);
  const byId = new Map(chain.nodes.map((n) => [n.id, n]));
  const fontSize = phone ? 11 : 13;
  return {
    animation: false,
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    xAxis: { type: 'value', min: 0, max: sizes.width, show: false },
    yAxis: { type: 'value', min: 0, max: layout.height + top, inverse: true, show: false },
    legend: {
      top: 0,
      left: 'center',
      selectedMode: false,
      itemWidth: 14,
      itemHeight: 14,
      textStyle: { fontSize: phone ? 12 : 14 },
      data: COVERAGES.map((c) => t(coverageStyle(c).labelKey)),
    },
    tooltip: { trigger: 'item', confine: true, textStyle: { fontSize: 13 } },
    graphic: layout.columns.flatMap((column, i) => [
      {
        type: 'rect',
        silent: true,
        z: -10,
        shape: {
          x: column.x - layout.columnWidth / 2 + 2,
          y: top,
          width: layout.columnWidth - 4,
          height: layout.height,
        },
        style: { fill: COLUMN_FILL[i] },
      },
      {
        type: 'text',
        silent: true,
        x: column.x,
        y: top + 10,
        style: {
          text: t(`chains.segments.${column.segment}`),
          fill: '#434343',
          font: `600 ${phone ? 13 : 15}px sans-serif`,
          align: 'center',
        },
      },
    ]),
    series: [
      {
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        silent: true,
        z: 1,
        symbol: ['none', 'arrow'],
        symbolSize: 9,
        lineStyle: { color: '#8c8c8c', width: 1.5, curveness: 0.12, opacity: 0.9 },
        data: chain.edges
          .filter((e) => byId.has(e.from) && byId.has(e.to))
          .map((e) => {
            const fade = onlyGaps && faded(byId.get(e.from)!) && faded(byId.get(e.to)!);
            const [from, to] = edgeEnds(at(e.from), at(e.to), sizes);
            return { coords: [from, to], lineStyle: fade ? { opacity: 0.25 } : undefined };
          }),
      },
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        z: 2,
        symbol: boxPath(sizes.boxWidth, sizes.boxHeight),
        symbolKeepAspect: false,
        symbolSize: [sizes.boxWidth, sizes.boxHeight],
        categories: COVERAGES.map((c) => ({
          name: t(coverageStyle(c).labelKey),
          itemStyle: { color: coverageStyle(c).color },
        })),
        label: {
          show: true,
          color: '#fff',
          fontSize,
          lineHeight: fontSize + 4,
          width: sizes.boxWidth - 10,
          overflow: 'truncate',
          align: 'center',
        },
        emphasis: { scale: false, itemStyle: { shadowBlur: 8, shadowColor: 'rgba(0,0,0,0.35)' } },
        tooltip: {
          formatter: (p) => {
            const node = chain.nodes[(p as { dataIndex: number }).dataIndex];
            const lines = [
              `<b>${escapeHtml(node.name)}</b> · ${t(`chains.segments.${node.segment}`)} · ${t(coverageStyle(node.coverage).labelKey)}`,
              t('chains.map.tooltipCounts', {
                local: node.localCount,
                leaders: node.leaderCount,
                target: node.targetCount,
                projects: node.projectCount,
              }),
              node.description ? escapeHtml(node.description) : null,
            ];
            return lines.filter(Boolean).join('<br/>');
          },
        },
        data: chain.nodes.map((node) => {
          const p = at(node.id);
          const selected = node.id === selectedId;
          return {
            name: node.name,
            value: [p.x, p.y],
            category: COVERAGES.indexOf(node.coverage),
            cursor: 'pointer',
            itemStyle: {
              opacity: faded(node) ? 0.3 : 1,
              borderColor: selected ? SELECTED_BORDER : '#fff',
              borderWidth: selected ? 3 : 1,
            },
            label: {
              formatter: `{name|${node.name.replace(/[{}|]/g, '')}}\n${nodeCounts(t, node, phone)}`,
              rich: { name: { fontWeight: 'bold', fontSize: fontSize + 1, color: '#fff' } },
            },
          };
        }),
        links: [],
      },
    ],
  };
}

/** What ECharts tells about a click on the map. */
interface GraphClick {
  seriesIndex: number;
  dataIndex: number;
  dataType?: string;
}

/** The chain map: a picture for the eye; the node list beside it is the accessible way in. */
export function ChainGraph({ chain, selectedId, onlyGaps, phone, onSelect }: ChainGraphProps) {
  const { t } = useTranslation();
  const [ref, width] = useElementWidth<HTMLDivElement>(phone ? 360 : 720);
  const sizes = sizesFor(width, phone);
  const layout = layoutChain(chain.nodes, sizes);
  // Cheap to build; the chart redraws only when the page re-renders (a selection, the filter, a resize, a language).
  const option = chainGraphOption(t, chain, layout, sizes, { selectedId, onlyGaps, phone });
  return (
    <div ref={ref} role="img" aria-label={t('chains.map.graphLabel', { name: chain.name })} data-testid="chain-graph">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        // Drawn on the next frame: the map re-renders as soon as it knows its width, while echarts-for-react still
        // holds the first, temporary instance; drawn at once, that instance finished, was disposed and then told
        // to hide its loading mask ("Instance … has been disposed").
        lazyUpdate
        autoResize
        style={{ height: layout.height + LEGEND_HEIGHT, width: '100%' }}
        onEvents={{
          click: (event: GraphClick) => {
            // The node series is the second; the stub in tests sends no dataType.
            if (event.seriesIndex !== 1 || (event.dataType && event.dataType !== 'node')) return;
            const node = chain.nodes[event.dataIndex];
            if (node) onSelect(node.id);
          },
        }}
      />
    </div>
  );
}
