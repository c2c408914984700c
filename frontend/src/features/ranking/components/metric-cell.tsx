import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetricResult } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { formatPercent } from '../lib/ranking-format';
import { PaceText } from './pace-text';

export interface MetricCellProps {
  result: MetricResult | undefined;
}

/** One metric of one unit: actual / target, completion, and how far ahead of or behind time progress. */
export function MetricCell({ result }: MetricCellProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!result) return null;
  if (result.completionPercent === null) {
    return (
      <Flex vertical gap={0}>
        <span>{formatMoney(result.actual, lang)}</span>
        <Typography.Text type="secondary">{t('ranking.notAssessed')}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={0}>
      <span>
        {formatMoney(result.actual, lang)} / {formatMoney(result.target, lang)}
      </span>
      <span>
        {formatPercent(result.completionPercent, lang)} <PaceText aheadPoints={result.aheadPoints} />
      </span>
    </Flex>
  );
}
