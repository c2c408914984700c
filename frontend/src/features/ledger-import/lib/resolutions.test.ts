import { describe, expect, it } from 'vitest';
import { choiceOf, choiceValue, nameKey, toResolutions, unchosen } from './resolutions';

describe('choices for unknown names', () => {
  it('turns the choices for unknown names into resolutions, kept across checks', () => {
    const choices = { [nameKey('UNIT', 'North')]: choiceOf('create'), [nameKey('INDUSTRY', 'AI')]: choiceOf('map:7') };
    expect(toResolutions(choices)).toEqual([
      { kind: 'UNIT', name: 'North', action: 'CREATE' },
      { kind: 'INDUSTRY', name: 'AI', action: 'MAP', id: 7 },
    ]);
    expect(choiceValue(choices[nameKey('INDUSTRY', 'AI')])).toBe('map:7');
    const zone = { kind: 'ZONE' as const, name: 'North', rows: [5], count: 1, suggestions: [], canCreate: true };
    expect(unchosen([zone], choices)).toEqual([zone]);
  });
});
