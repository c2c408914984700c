import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { GAP_NODE } from '../test-fixtures';
import { formatCapital, reasonText } from './reasons';

const words = (language: string) => GAP_NODE.targets[0].reasons.map((r) => reasonText(i18n.t, r, language));

describe('candidate reasons', () => {
  it('words the reasons in Chinese', () => {
    expect(words('zh-CN')).toEqual([
      '链主 +30',
      '注册资本 5.2亿元 +25',
      '近180天走访 3 次 +18',
      '有在办线索 +6',
      '跟进中 +5',
    ]);
  });

  it('words the reasons in English', async () => {
    await i18n.changeLanguage('en');
    expect(words('en')).toEqual([
      'Chain leader +30',
      'Registered capital CNY 520 million +25',
      '3 visits in the last 180 days +18',
      'Open lead +6',
      'Being followed +5',
    ]);
    expect(reasonText(i18n.t, { kind: 'VISITS', points: 6, count: 1 }, 'en')).toBe('1 visit in the last 180 days +6');
  });

  it('says capital in 亿元 from 10,000 万元 up, else in 万元', async () => {
    expect(formatCapital(i18n.t, 52000, 'zh-CN')).toBe('5.2亿元');
    expect(formatCapital(i18n.t, 100000, 'zh-CN')).toBe('10亿元');
    expect(formatCapital(i18n.t, 12345, 'zh-CN')).toBe('1.23亿元');
    expect(formatCapital(i18n.t, 3000, 'zh-CN')).toBe('3,000万元');
    await i18n.changeLanguage('en');
    expect(formatCapital(i18n.t, 200000, 'en')).toBe('CNY 2 billion');
    expect(formatCapital(i18n.t, 50, 'en')).toBe('CNY 500,000');
  });
});
