import { describe, expect, it } from 'vitest';
import { industryCodeName } from './get-gbt4754';

const LIST = [
  { code: 'C', name: '制造业' },
  { code: 'C27', name: '医药制造业' },
];

describe('GB/T 4754 names', () => {
  it('names a section or division by its own name and a finer code by its division', () => {
    expect(industryCodeName(LIST, 'C27')).toEqual({ name: '医药制造业' });
    expect(industryCodeName(LIST, 'C')).toEqual({ name: '制造业' });
    expect(industryCodeName(LIST, 'C2710')).toEqual({ name: '医药制造业', division: 'C27' });
    expect(industryCodeName(LIST, 'C99')).toBeNull();
    expect(industryCodeName(undefined, 'C27')).toBeNull();
  });
});
