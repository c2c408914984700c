import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../components/query-error';
import { useChainLinks } from '../api/get-chain-links';

export interface EnterpriseChainCardProps {
  enterpriseId: number;
}

/** The chain-node card on the firm's page: each node the firm sits on, opening the chain map at that node. */
export function EnterpriseChainCard({ enterpriseId }: EnterpriseChainCardProps) {
  const { t } = useTranslation();
  const links = useChainLinks(enterpriseId);
  return (
    <Card title={t('chains.firmCard.title')} loading={links.isPending} data-testid="enterprise-chain-card">
      {links.isError && <QueryError error={links.error} onRetry={() => void links.refetch()} />}
      {links.data?.length === 0 && <Typography.Text type="secondary">{t('chains.firmCard.empty')}</Typography.Text>}
      <Flex vertical gap={6}>
        {links.data?.map((link) => (
          <Space key={`${link.chainId}-${link.nodeId}`} size={6} wrap>
            <Link
              to={`/chains/${link.chainId}?node=${link.nodeId}`}
              aria-label={t('chains.firmCard.openNode', { chain: link.chainName, node: link.nodeName })}
            >
              {link.chainName} · {link.nodeName}
            </Link>
            <Typography.Text type="secondary">
              {t(`chains.segments.${link.segment}`)} · {t(`chains.link.roles.${link.role}`)}
            </Typography.Text>
          </Space>
        ))}
      </Flex>
    </Card>
  );
}
