import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundTotals as Totals } from '../api/types';
import { formatMoney } from '../../../lib/format';

export interface FundTotalsProps {
  totals: Totals;
}

/** This month, this year and all years as of a business date, in 10k yuan and in 10k US dollars. */
export function FundTotals({ totals }: FundTotalsProps) {
  const { t } = useTranslation();
  const cells = [
    { key: 'month', label: 'projects.funds.month', value: totals.month, unit: 'projects.wan' },
    { key: 'yearToDate', label: 'projects.funds.yearToDate', value: totals.yearToDate, unit: 'projects.wan' },
    { key: 'allTime', label: 'projects.funds.allTime', value: totals.allTime, unit: 'projects.wan' },
    { key: 'usdMonth', label: 'projects.funds.foreignMonth', value: totals.foreignUsdMonth, unit: 'projects.wanUsd' },
    {
      key: 'usdYear',
      label: 'projects.funds.foreignYearToDate',
      value: totals.foreignUsdYearToDate,
      unit: 'projects.wanUsd',
    },
    { key: 'usdAll', label: 'projects.funds.foreignAllTime', value: totals.foreignUsdAllTime, unit: 'projects.wanUsd' },
  ];
  return (
    <Row gutter={[16, 12]} role="group" aria-label={t('projects.funds.totals', { asOf: totals.asOf })}>
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} md={8} data-testid={`fund-total-${cell.key}`}>
          <Statistic
            title={t(cell.label)}
            value={cell.value ?? 0}
            // Exact decimals as the server sent them; Statistic's own formatting would split the number.
            formatter={() => formatMoney(cell.value ?? 0)}
            suffix={t(cell.unit)}
          />
        </Col>
      ))}
    </Row>
  );
}
