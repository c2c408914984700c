import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Fund } from '../api/types';

/** Pending, or returned with the unit head's reason; nothing for a confirmed arrival. */
export function FundStatusTag({ fund }: { fund: Pick<Fund, 'status' | 'returnReason'> }) {
  const { t } = useTranslation();
  if (fund.status === 'PENDING') return <Tag color="orange">{t('projects.funds.pending')}</Tag>;
  if (fund.status !== 'RETURNED') return null;
  return (
    <Flex vertical gap={2} align="start">
      <Tag color="red">{t('projects.funds.returned')}</Tag>
      {fund.returnReason && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {t('projects.funds.returnReason', { reason: fund.returnReason })}
        </Typography.Text>
      )}
    </Flex>
  );
}
