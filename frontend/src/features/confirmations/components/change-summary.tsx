import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format';
import type { Change } from '../api/types';

/** What a change says: negotiating → signed on a date (a correction marked), or an arrival of funds with its evidence. */
export function ChangeSummary({ change }: { change: Change }) {
  const { t } = useTranslation();
  const { stage, fund } = change;
  return (
    <Flex vertical gap={2}>
      <Space size={4} wrap>
        <Tag color={change.kind === 'STAGE' ? 'blue' : 'gold'}>{t(`confirmations.kinds.${change.kind}`)}</Tag>
        {stage && (
          <Typography.Text strong>
            {stage.fromStage ? `${t(`projects.stages.${stage.fromStage}`)} → ` : ''}
            {t(`projects.stages.${stage.toStage}`)}
          </Typography.Text>
        )}
        {stage?.correction && <Tag color="orange">{t('confirmations.stage.correction')}</Tag>}
        {fund && (
          <Typography.Text strong>
            {t('confirmations.fund.amount', { amount: formatMoney(fund.amount) })}
          </Typography.Text>
        )}
      </Space>
      {stage && (
        <Typography.Text type="secondary">
          {t('confirmations.stage.effectiveDate', { date: stage.effectiveDate })}
        </Typography.Text>
      )}
      {stage?.note && <Typography.Text>{t('confirmations.stage.note', { note: stage.note })}</Typography.Text>}
      {fund && (
        <Typography.Text type="secondary">
          {t('confirmations.fund.arrivedOn', { date: fund.arrivedOn })}
        </Typography.Text>
      )}
      {fund && Number(fund.foreignUsd) > 0 && (
        <Typography.Text>
          {t('confirmations.fund.foreignUsd', { amount: formatMoney(fund.foreignUsd) })}
        </Typography.Text>
      )}
      {fund?.evidence && (
        <Typography.Text>{t('confirmations.fund.evidence', { evidence: fund.evidence })}</Typography.Text>
      )}
    </Flex>
  );
}
