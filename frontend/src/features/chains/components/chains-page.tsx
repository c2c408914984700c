import { Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../auth';
import { ListHeader } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';
import { useChains } from '../api/get-chains';
import type { ChainSummary, Coverage } from '../api/types';
import { coverageStyle } from '../lib/coverage';
import { ChainFormModal } from './chain-form-modal';

/** The chains of each industry, in the catalogue's order. */
export function groupByIndustry(
  chains: ChainSummary[],
): { industry: ChainSummary['industry']; chains: ChainSummary[] }[] {
  const groups = new Map<number, { industry: ChainSummary['industry']; chains: ChainSummary[] }>();
  for (const chain of chains) {
    const group = groups.get(chain.industry.id) ?? { industry: chain.industry, chains: [] };
    group.chains.push(chain);
    groups.set(chain.industry.id, group);
  }
  return [...groups.values()];
}

function CoverageCounts({ chain }: { chain: ChainSummary }) {
  const { t } = useTranslation();
  const counts: [Coverage, number][] = [
    ['GAP', chain.gapCount],
    ['EXTEND', chain.extendCount],
    ['WEAK', chain.weakCount],
    ['COVERED', chain.coveredCount],
  ];
  return (
    <Space size={4} wrap>
      {counts.map(([coverage, count]) => (
        <Tag
          key={coverage}
          color={count > 0 ? coverageStyle(coverage).color : undefined}
          style={{ marginInlineEnd: 0 }}
        >
          {t(coverageStyle(coverage).labelKey)} {count}
        </Tag>
      ))}
    </Space>
  );
}

/** The chain map index: the chains grouped by industry, with how many nodes still need filling. */
export function ChainsPage() {
  const { t } = useTranslation();
  const chains = useChains();
  const isAdmin = (useMe().data?.roles ?? []).includes('admin');
  const [adding, setAdding] = useState(false);
  const groups = groupByIndustry(chains.data ?? []);

  return (
    <Card>
      <ListHeader
        title={t('chains.title')}
        addLabel={isAdmin ? t('chains.add') : undefined}
        onAdd={() => setAdding(true)}
      />
      <Typography.Paragraph type="secondary">{t('chains.intro')}</Typography.Paragraph>
      {chains.isError && <QueryError error={chains.error} onRetry={() => void chains.refetch()} />}
      {chains.isPending && <List loading dataSource={[]} />}
      {chains.isSuccess && groups.length === 0 && (
        <Empty description={t(isAdmin ? 'chains.emptyAdmin' : 'chains.empty')} />
      )}
      <Flex vertical gap={16}>
        {groups.map(({ industry, chains: list }) => (
          <section key={industry.id} aria-labelledby={`chains-industry-${industry.id}`}>
            <Typography.Title level={4} id={`chains-industry-${industry.id}`} style={{ margin: '0 0 8px' }}>
              {industry.name}
            </Typography.Title>
            <List<ChainSummary>
              bordered
              dataSource={list}
              rowKey={(chain) => chain.id}
              renderItem={(chain) => (
                <List.Item>
                  <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
                    <Flex vertical gap={2}>
                      <Link to={`/chains/${chain.id}`} style={{ fontSize: 16 }}>
                        {chain.name}
                      </Link>
                      <Typography.Text type="secondary">
                        {t('chains.nodeCount', { count: chain.nodeCount })}
                        {chain.description ? ` · ${chain.description}` : ''}
                      </Typography.Text>
                    </Flex>
                    <CoverageCounts chain={chain} />
                  </Flex>
                </List.Item>
              )}
            />
          </section>
        ))}
      </Flex>
      {adding && <ChainFormModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
