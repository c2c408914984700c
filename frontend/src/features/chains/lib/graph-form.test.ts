import { describe, expect, it } from 'vitest';
import { CHAIN } from '../test-fixtures';
import { graphFieldPath, newNodeRow, toGraphRequest, toNodeRows } from './graph-form';

describe('graph form', () => {
  it('turns the chain into rows, upstream first, with the nodes each flows to', () => {
    const rows = toNodeRows(CHAIN);
    expect(rows.map((r) => r.key)).toEqual(['n11', 'n12', 'n21', 'n31']);
    expect(rows[0]).toMatchObject({ id: 11, segment: 'UPSTREAM', sortOrder: 1, flowsTo: ['n21'] });
    expect(rows[3].flowsTo).toEqual([]);
  });

  it('sends saved nodes with their id and new nodes with a fresh key only', () => {
    const rows = toNodeRows(CHAIN);
    const added = newNodeRow(rows, 'DOWNSTREAM');
    expect(added.key).toBe('new-5');
    rows.push({ ...added, name: '  Xinneng qiche ', sortOrder: 2, description: ' ' });
    rows[2].flowsTo = ['n31', added.key];
    const { graph } = toGraphRequest(rows);
    expect(graph.nodes[0]).toEqual({
      id: 11,
      key: 'n11',
      name: 'Xitu yuanliao',
      segment: 'UPSTREAM',
      sortOrder: 1,
      description: null,
    });
    expect(graph.nodes[4]).toEqual({
      key: 'new-5',
      name: 'Xinneng qiche',
      segment: 'DOWNSTREAM',
      sortOrder: 2,
      description: null,
    });
    expect(graph.nodes[4]).not.toHaveProperty('id');
    expect(graph.edges).toEqual([
      { from: 'n11', to: 'n21' },
      { from: 'n12', to: 'n21' },
      { from: 'n21', to: 'n31' },
      { from: 'n21', to: 'new-5' },
    ]);
  });

  it('never reuses the key of a row still there', () => {
    expect(newNodeRow([{ key: 'new-2' }, { key: 'x' }]).key).toBe('new-3');
  });

  it('drops edges to removed rows and repeated edges', () => {
    const rows = toNodeRows(CHAIN).filter((r) => r.key !== 'n21');
    rows[0].flowsTo = ['n21', 'n31', 'n31'];
    const { graph, edgeRows } = toGraphRequest(rows);
    expect(graph.edges).toEqual([{ from: 'n11', to: 'n31' }]);
    expect(edgeRows).toEqual([0]);
  });

  it('puts the server complaints on the row they are about', () => {
    const { edgeRows } = toGraphRequest(toNodeRows(CHAIN));
    expect(graphFieldPath('nodes[2].name', edgeRows)).toEqual(['nodes', 2, 'name']);
    expect(graphFieldPath('replaceGraph.request.nodes[1].segment', edgeRows)).toEqual(['nodes', 1, 'segment']);
    expect(graphFieldPath('nodes[3].key', edgeRows)).toEqual(['nodes', 3, 'name']);
    expect(graphFieldPath('edges[2].to', edgeRows)).toEqual(['nodes', 2, 'flowsTo']);
    expect(graphFieldPath('nodes', edgeRows)).toBeNull();
    expect(graphFieldPath('edges', edgeRows)).toBeNull();
  });
});
