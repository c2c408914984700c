import { SEGMENTS, type ChainNode, type Segment } from '../api/types';

/** Size of the drawing and of one node box, in pixels. */
export interface LayoutSizes {
  width: number;
  boxWidth: number;
  boxHeight: number;
  /** Room above the first row for the segment headings. */
  header: number;
  rowGap: number;
}

export interface ChainLayout {
  height: number;
  /** The centre of each node's box. */
  positions: Map<number, { x: number; y: number }>;
  /** The centre of each segment's column. */
  columns: { segment: Segment; x: number }[];
  columnWidth: number;
}

const BOTTOM = 16;

export const byOrder = (a: ChainNode, b: ChainNode) =>
  a.sortOrder - b.sortOrder || a.name.localeCompare(b.name) || a.id - b.id;

/** The nodes of each segment, in their order. */
export function nodesBySegment(nodes: ChainNode[]): Record<Segment, ChainNode[]> {
  const groups = { UPSTREAM: [], MIDSTREAM: [], DOWNSTREAM: [] } as Record<Segment, ChainNode[]>;
  for (const node of nodes) groups[node.segment].push(node);
  for (const segment of SEGMENTS) groups[segment].sort(byOrder);
  return groups;
}

/** Box sizes for a drawing this wide: a box fits its column with a gap, narrower on a phone. */
export function sizesFor(width: number, phone: boolean): LayoutSizes {
  const column = width / SEGMENTS.length;
  return {
    width,
    boxWidth: Math.max(60, Math.min(phone ? 150 : 200, column - (phone ? 14 : 24))),
    boxHeight: phone ? 58 : 52,
    header: 36,
    rowGap: phone ? 14 : 18,
  };
}

/**
 * Three columns, upstream → midstream → downstream, each segment's nodes top to bottom in their order; a shorter
 * column is centred against the longest one.
 */
export function layoutChain(nodes: ChainNode[], sizes: LayoutSizes): ChainLayout {
  const groups = nodesBySegment(nodes);
  const columnWidth = sizes.width / SEGMENTS.length;
  const step = sizes.boxHeight + sizes.rowGap;
  const rows = Math.max(1, ...SEGMENTS.map((s) => groups[s].length));
  const positions = new Map<number, { x: number; y: number }>();
  const columns = SEGMENTS.map((segment, column) => {
    const x = columnWidth * (column + 0.5);
    const offset = ((rows - groups[segment].length) * step) / 2;
    groups[segment].forEach((node, row) => {
      positions.set(node.id, { x, y: sizes.header + offset + row * step + sizes.boxHeight / 2 });
    });
    return { segment, x };
  });
  return { height: sizes.header + rows * step - sizes.rowGap + BOTTOM, positions, columns, columnWidth };
}

type Point = [number, number];

/**
 * Where an edge's arrow runs: from the side of the source box facing the target to the facing side of the target
 * box (left/right between columns, top/bottom within one).
 */
export function edgeEnds(
  from: { x: number; y: number },
  to: { x: number; y: number },
  sizes: LayoutSizes,
): [Point, Point] {
  const halfW = sizes.boxWidth / 2;
  const halfH = sizes.boxHeight / 2;
  if (Math.abs(to.x - from.x) > halfW) {
    const dir = Math.sign(to.x - from.x);
    return [
      [from.x + dir * halfW, from.y],
      [to.x - dir * halfW, to.y],
    ];
  }
  const dir = Math.sign(to.y - from.y) || 1;
  return [
    [from.x, from.y + dir * halfH],
    [to.x, to.y - dir * halfH],
  ];
}
