import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { COVERAGES } from '../api/types';
import { coverageStyle, isGap } from './coverage';

describe('coverage', () => {
  it('colours gaps red, extension purple, weak amber and covered green', () => {
    expect(coverageStyle('GAP').tag).toBe('red');
    expect(coverageStyle('EXTEND').tag).toBe('purple');
    expect(coverageStyle('WEAK').tag).toBe('gold');
    expect(coverageStyle('COVERED').tag).toBe('green');
    expect(new Set(COVERAGES.map((c) => coverageStyle(c).color)).size).toBe(4);
  });

  it('names each coverage in both languages', async () => {
    expect(COVERAGES.map((c) => i18n.t(coverageStyle(c).labelKey))).toEqual(['补链', '延链', '强链', '已覆盖']);
    await i18n.changeLanguage('en');
    expect(COVERAGES.map((c) => i18n.t(coverageStyle(c).labelKey))).toEqual(['Gap', 'Extend', 'Strengthen', 'Covered']);
  });

  it('counts nodes without a local firm as gaps', () => {
    expect(COVERAGES.filter(isGap)).toEqual(['GAP', 'EXTEND']);
  });
});
