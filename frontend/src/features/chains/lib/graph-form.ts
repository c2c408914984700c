import { blankToNull } from '../../../lib/format';
import { SEGMENTS, type Chain, type GraphInput, type GraphNodeInput, type Segment } from '../api/types';

/**
 * One row of the graph editor: a node as the request sends it (`key` is `n<id>` for a saved node, `new-<n>` for one
 * added in this edit, which has no id) and the nodes it flows to, by key.
 */
export interface NodeRow extends GraphNodeInput {
  flowsTo: string[];
}

export interface GraphFormValues {
  nodes: NodeRow[];
}

export const MAX_NODES = 200;
export const NAME_MAX = 50;

export const savedKey = (id: number) => `n${id}`;

/** The chain's graph as editor rows, upstream first, each segment in its order. */
export function toNodeRows(chain: Pick<Chain, 'nodes' | 'edges'>): NodeRow[] {
  const segment = (s: Segment) => SEGMENTS.indexOf(s);
  return [...chain.nodes]
    .sort((a, b) => segment(a.segment) - segment(b.segment) || a.sortOrder - b.sortOrder || a.id - b.id)
    .map((node) => ({
      id: node.id,
      key: savedKey(node.id),
      name: node.name,
      segment: node.segment,
      sortOrder: node.sortOrder,
      description: node.description ?? '',
      flowsTo: chain.edges.filter((e) => e.from === node.id).map((e) => savedKey(e.to)),
    }));
}

/** A blank row with a key no other row has. */
export function newNodeRow(rows: Pick<NodeRow, 'key'>[], segment: Segment = 'UPSTREAM'): NodeRow {
  let n = rows.length + 1;
  while (rows.some((row) => row.key === `new-${n}`)) n += 1;
  return { key: `new-${n}`, name: '', segment, sortOrder: null, description: '', flowsTo: [] };
}

export interface GraphRequest {
  graph: GraphInput;
  /** For each edge sent, the row it came from (to put the server's complaint about edges[i] on that row). */
  edgeRows: number[];
}

/** The PUT body: rows in order, edges only to rows still there, each edge once. */
export function toGraphRequest(rows: NodeRow[]): GraphRequest {
  const keys = new Set(rows.map((row) => row.key));
  const edges: GraphInput['edges'] = [];
  const edgeRows: number[] = [];
  rows.forEach((row, index) => {
    for (const to of new Set(row.flowsTo ?? [])) {
      if (!keys.has(to)) continue;
      edges.push({ from: row.key, to });
      edgeRows.push(index);
    }
  });
  const nodes = rows.map((row) => ({
    ...(row.id !== undefined ? { id: row.id } : {}),
    key: row.key,
    name: row.name.trim(),
    segment: row.segment,
    sortOrder: row.sortOrder ?? null,
    description: blankToNull(row.description),
  }));
  return { graph: { nodes, edges }, edgeRows };
}

/**
 * Where a server complaint belongs in the editor: `nodes[2].name` on that row's name, `edges[4]…` on the flows-to of
 * the row the edge came from; null for complaints about the graph as a whole.
 */
export function graphFieldPath(field: string, edgeRows: number[]): (string | number)[] | null {
  const node = field.match(/^(?:.*\.)?nodes\[(\d+)\](?:\.(\w+))?/);
  if (node) {
    const name = node[2] === 'key' || node[2] === 'id' || !node[2] ? 'name' : node[2];
    return ['nodes', Number(node[1]), name];
  }
  const edge = field.match(/^(?:.*\.)?edges\[(\d+)\]/);
  if (edge) {
    const row = edgeRows[Number(edge[1])];
    return row === undefined ? null : ['nodes', row, 'flowsTo'];
  }
  return null;
}
