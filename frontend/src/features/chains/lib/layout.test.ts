import { describe, expect, it } from 'vitest';
import { CHAIN, NODES } from '../test-fixtures';
import { edgeEnds, layoutChain, nodesBySegment, sizesFor } from './layout';

describe('chain layout', () => {
  const sizes = sizesFor(900, false);

  it('puts upstream, midstream and downstream in three columns, left to right', () => {
    const { positions, columns } = layoutChain(NODES, sizes);
    expect(columns.map((c) => c.segment)).toEqual(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
    expect(columns.map((c) => c.x)).toEqual([150, 450, 750]);
    expect(positions.get(11)?.x).toBe(150);
    expect(positions.get(21)?.x).toBe(450);
    expect(positions.get(31)?.x).toBe(750);
  });

  it('orders a column by sortOrder and centres a shorter column against the longest', () => {
    const swapped = NODES.map((n) => (n.id === 11 ? { ...n, sortOrder: 9 } : n));
    const { positions } = layoutChain(swapped, sizes);
    expect(positions.get(12)!.y).toBeLessThan(positions.get(11)!.y);
    const mid = (positions.get(11)!.y + positions.get(12)!.y) / 2;
    expect(positions.get(21)!.y).toBe(mid);
    expect(nodesBySegment(swapped).UPSTREAM.map((n) => n.id)).toEqual([12, 11]);
  });

  it('makes room for every row and keeps a chain without nodes drawable', () => {
    const two = layoutChain(NODES, sizes).height;
    const one = layoutChain(
      NODES.filter((n) => n.id !== 12),
      sizes,
    ).height;
    expect(two - one).toBe(sizes.boxHeight + sizes.rowGap);
    expect(layoutChain([], sizes).height).toBeGreaterThan(0);
  });

  it('fits a box in a phone column', () => {
    const phone = sizesFor(350, true);
    expect(phone.boxWidth).toBeLessThanOrEqual(350 / 3 - 8);
    expect(sizesFor(1600, false).boxWidth).toBe(200);
  });

  it('runs an arrow from the facing side of one box to the facing side of the next', () => {
    const { positions } = layoutChain(CHAIN.nodes, sizes);
    const [from, to] = edgeEnds(positions.get(11)!, positions.get(21)!, sizes);
    expect(from[0]).toBe(150 + sizes.boxWidth / 2);
    expect(to[0]).toBe(450 - sizes.boxWidth / 2);
    const [down, up] = edgeEnds(positions.get(11)!, positions.get(12)!, sizes);
    expect(down).toEqual([150, positions.get(11)!.y + sizes.boxHeight / 2]);
    expect(up).toEqual([150, positions.get(12)!.y - sizes.boxHeight / 2]);
  });
});
