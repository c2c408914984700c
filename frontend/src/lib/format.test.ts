import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';

describe('formatMoney', () => {
  it('groups an amount and keeps up to four decimals, in the given language', () => {
    expect(formatMoney(1234567.12345, 'en')).toBe('1,234,567.1235');
    expect(formatMoney('1200.5', 'zh-CN')).toBe('1,200.5');
  });

  it('writes a dash for a missing amount', () => {
    expect(formatMoney(null, 'en')).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
    expect(formatMoney('')).toBe('—');
  });
});
