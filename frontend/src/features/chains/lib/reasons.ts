import type { TFunction } from 'i18next';
import type { Reason } from '../api/types';

const TEN_THOUSAND = 10_000;

const trim = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** An amount in 10k CNY the way people say it: 5.2亿元, 3000万元; in English CNY 520 million. */
export function formatCapital(amount: number, language: string): string {
  if (language.startsWith('zh')) {
    return amount >= TEN_THOUSAND ? `${trim(amount / TEN_THOUSAND, 2)}亿元` : `${amount.toLocaleString('zh-CN')}万元`;
  }
  const yuan = amount * TEN_THOUSAND;
  if (yuan >= 1e9) return `CNY ${trim(yuan / 1e9, 2)} billion`;
  if (yuan >= 1e6) return `CNY ${trim(yuan / 1e6, 2)} million`;
  return `CNY ${yuan.toLocaleString('en')}`;
}

/** What a reason says, without its points: 链主, 注册资本 5.2亿元, 近180天走访 3 次 … */
export function reasonLabel(t: TFunction, reason: Reason, language: string): string {
  switch (reason.kind) {
    case 'TAG':
      return reason.tag ? t(`enterprises.tags.${reason.tag}`) : t('chains.reasons.TAG');
    case 'CAPITAL':
      return t('chains.reasons.CAPITAL', { amount: formatCapital(Number(reason.amount ?? 0), language) });
    case 'VISITS':
      return t('chains.reasons.VISITS', { count: reason.count ?? 0 });
    default:
      return t(`chains.reasons.${reason.kind}`);
  }
}

/** A reason with its points: 链主 +30. */
export const reasonText = (t: TFunction, reason: Reason, language: string) =>
  `${reasonLabel(t, reason, language)} +${reason.points}`;
