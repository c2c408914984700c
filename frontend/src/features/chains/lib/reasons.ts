import type { TFunction } from 'i18next';
import type { Reason } from '../api/types';

const TEN_THOUSAND = 10_000;

const trim = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** An amount in 10k CNY the way people say it: in hundred-millions or ten-thousands in Chinese, CNY 520 million in English. */
export function formatCapital(t: TFunction, amount: number, language: string): string {
  if (language.startsWith('zh')) {
    return amount >= TEN_THOUSAND
      ? t('chains.capital.hundredMillion', { value: trim(amount / TEN_THOUSAND, 2) })
      : t('chains.capital.tenThousand', { value: amount.toLocaleString('zh-CN') });
  }
  const yuan = amount * TEN_THOUSAND;
  if (yuan >= 1e9) return t('chains.capital.billion', { value: trim(yuan / 1e9, 2) });
  if (yuan >= 1e6) return t('chains.capital.million', { value: trim(yuan / 1e6, 2) });
  return t('chains.capital.yuan', { value: yuan.toLocaleString('en') });
}

/** What a reason says, without its points: chain leader, registered capital, visits in the last 180 days … */
export function reasonLabel(t: TFunction, reason: Reason, language: string): string {
  switch (reason.kind) {
    case 'TAG':
      return reason.tag ? t(`enterprises.tags.${reason.tag}`) : t('chains.reasons.TAG');
    case 'CAPITAL':
      return t('chains.reasons.CAPITAL', { amount: formatCapital(t, Number(reason.amount ?? 0), language) });
    case 'VISITS':
      return t('chains.reasons.VISITS', { count: reason.count ?? 0 });
    default:
      return t(`chains.reasons.${reason.kind}`);
  }
}

/** A reason with its points, e.g. chain leader +30. */
export const reasonText = (t: TFunction, reason: Reason, language: string) =>
  `${reasonLabel(t, reason, language)} +${reason.points}`;
