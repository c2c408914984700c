import { describe, expect, it } from 'vitest';
import { regionName } from './get-regions';

const TREE = [
  {
    code: '370000',
    name: '山东省',
    children: [{ code: '370100', name: '济南市', children: [{ code: '370105', name: '天桥区' }] }],
  },
];

describe('regionName', () => {
  it('names a code by its path', () => {
    expect(regionName(TREE, '370105')).toBe('山东省济南市天桥区');
    expect(regionName(TREE, '370100')).toBe('山东省济南市');
    expect(regionName(TREE, '370000')).toBe('山东省');
  });

  it('says nothing for a code the list lacks or a malformed one', () => {
    expect(regionName(TREE, '370199')).toBeNull();
    expect(regionName(TREE, 'HK')).toBeNull();
    expect(regionName(undefined, '370105')).toBeNull();
  });
});
