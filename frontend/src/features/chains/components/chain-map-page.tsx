import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Empty, Grid, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { DownloadButton } from '../../../components/download-button';
import { useMe } from '../../auth';
import { DetailCard } from '../../../components/detail-card';
import { DetailFrame } from '../../../components/detail-frame';
import { downloadGapReport, gapReportUrl } from '../api/download-gap-report';
import { useChain } from '../api/get-chain';
import type { Chain } from '../api/types';
import { errorText } from '../../../lib/error-text';
import { ChainGraph } from './chain-graph';
import { NodeList } from './node-list';
import { NodePanel } from './node-panel';

function ChainMap({ chain }: { chain: Chain }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const isAdmin = (useMe().data?.roles ?? []).includes('admin');
  const [params, setParams] = useSearchParams();
  const onlyGaps = params.get('gaps') === '1';
  const selectedId = Number(params.get('node')) || undefined;
  const selected = chain.nodes.find((node) => node.id === selectedId);

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const select = (nodeId: number) => update({ node: String(nodeId) });
  const { summary } = chain;

  return (
    <>
      <DetailCard
        title={chain.name}
        titleGap={4}
        meta={
          <>
            <Tag style={{ marginInlineEnd: 0 }}>{chain.industry.name}</Tag>
            <Typography.Text type="secondary" data-testid="chain-summary">
              {t('chains.map.summary', {
                nodes: summary.nodes,
                gaps: summary.gaps,
                extend: summary.extend,
                weak: summary.weak,
                covered: summary.covered,
              })}
            </Typography.Text>
          </>
        }
        actions={
          <Space wrap>
            <DownloadButton
              icon={<DownloadOutlined />}
              href={gapReportUrl(chain.id)}
              fetch={() => downloadGapReport(chain.id)}
              describeError={(error) => errorText(t, error)}
            >
              {t('chains.map.downloadGaps')}
            </DownloadButton>
            {isAdmin && (
              <Link to={`/chains/${chain.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('chains.map.editGraph')}</Button>
              </Link>
            )}
          </Space>
        }
      >
        {chain.description && (
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>{chain.description}</Typography.Paragraph>
        )}
      </DetailCard>
      {chain.nodes.length === 0 ? (
        <Card>
          <Empty description={t(isAdmin ? 'chains.map.noNodesAdmin' : 'chains.map.noNodes')} />
        </Card>
      ) : (
        <Row gutter={[phone ? 0 : 16, 16]}>
          <Col xs={24} xl={16}>
            <Card styles={{ body: { padding: phone ? 8 : 16 } }}>
              <ChainGraph chain={chain} selectedId={selectedId} onlyGaps={onlyGaps} phone={phone} onSelect={select} />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card
              title={t('chains.map.nodeList')}
              extra={
                <Checkbox checked={onlyGaps} onChange={(e) => update({ gaps: e.target.checked ? '1' : undefined })}>
                  {t('chains.map.onlyGaps')}
                </Checkbox>
              }
            >
              <NodeList nodes={chain.nodes} selectedId={selectedId} onlyGaps={onlyGaps} onSelect={select} />
            </Card>
          </Col>
        </Row>
      )}
      <NodePanel chainId={chain.id} node={selected} phone={phone} onClose={() => update({ node: undefined })} />
    </>
  );
}

/** The chain map: one chain's nodes upstream → midstream → downstream, coloured by where the gaps are. */
export function ChainMapPage() {
  const { t } = useTranslation();
  const chain = useChain(Number(useParams().id));
  return (
    <DetailFrame backTo="/chains" backLabel={t('chains.map.backToList')} query={chain}>
      {(data) => <ChainMap chain={data} />}
    </DetailFrame>
  );
}
