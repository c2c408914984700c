import { Alert, App, Card, Drawer, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../auth';
import { formatMoney } from '../../../lib/format';
import { StageTag } from '../../projects';
import { useChainNode } from '../api/get-chain-node';
import type { ChainNode, NodeFirm, NodeProject } from '../api/types';
import { useUnlinkNodeEnterprise } from '../api/unlink-node-enterprise';
import { errorText } from '../../../lib/error-text';
import { nodeCounts } from './chain-graph';
import { CoverageTag } from './coverage-tag';
import { LinkFirmForm } from './link-firm-form';
import { CandidateReasons, NodeFirms } from './node-firms';

const LINKERS = ['officer', 'unit_head', 'admin'];

export interface NodePanelProps {
  chainId: number;
  /** The node as the map knows it (shown at once); absent when no node is open. */
  node?: ChainNode;
  phone: boolean;
  onClose: () => void;
}

function Projects({ projects }: { projects: NodeProject[] }) {
  const { t } = useTranslation();
  if (projects.length === 0) return <Typography.Text type="secondary">{t('chains.node.noProjects')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {projects.map((p) => (
        <Flex key={p.id} justify="space-between" gap={8} wrap>
          <Space size={6} wrap>
            <Link to={`/projects/${p.id}`}>{p.name}</Link>
            <StageTag stage={p.stage} />
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              p.unit?.name,
              p.totalInvestment === null ? null : `${t('chains.node.investment')} ${formatMoney(p.totalInvestment)}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** A node opened from the map or the list: its local firms, ranked candidates, projects, and linking firms. */
export function NodePanel({ chainId, node, phone, onClose }: NodePanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const detail = useChainNode(chainId, node?.id);
  const unlink = useUnlinkNodeEnterprise();
  const canLink = (useMe().data?.roles ?? []).some((role) => LINKERS.includes(role));

  const onUnlink = canLink
    ? async (firm: NodeFirm) => {
        try {
          await unlink.mutateAsync({ chainId, nodeId: node!.id, enterpriseId: firm.id });
          void message.success(t('chains.link.unlinked'));
        } catch (error) {
          void message.error(errorText(t, error));
        }
      }
    : undefined;
  const data = detail.data?.node.id === node?.id ? detail.data : undefined;
  const shown = data?.node ?? node;

  return (
    <Drawer
      open={!!node}
      onClose={onClose}
      width={phone ? '100%' : 560}
      destroyOnHidden
      title={
        shown && (
          <Space size={8} wrap>
            <span>{shown.name}</span>
            <CoverageTag coverage={shown.coverage} />
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t(`chains.segments.${shown.segment}`)}
            </Typography.Text>
          </Space>
        )
      }
      styles={{ body: { padding: phone ? 12 : 16 } }}
    >
      {shown && (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {t(`chains.coverageHelp.${shown.coverage}`)} · {nodeCounts(t, shown)}
          </Typography.Text>
          {shown.description && <Typography.Paragraph style={{ margin: 0 }}>{shown.description}</Typography.Paragraph>}
          {detail.isError && <Alert type="error" showIcon role="alert" message={errorText(t, detail.error)} />}
          {!data && !detail.isError && <Skeleton active aria-label={t('chains.node.loading')} />}
          {data && (
            <>
              <Card size="small" title={t('chains.node.locals', { count: data.locals.length })}>
                <NodeFirms
                  firms={data.locals}
                  empty={t('chains.node.noLocals')}
                  onUnlink={onUnlink && ((firm) => void onUnlink(firm))}
                />
              </Card>
              <Card size="small" title={t('chains.node.targets', { count: data.targets.length })}>
                <NodeFirms
                  firms={data.targets}
                  empty={t('chains.node.noTargets')}
                  onUnlink={onUnlink && ((firm) => void onUnlink(firm))}
                  extra={(firm, index) => <CandidateReasons candidate={firm} rank={index + 1} />}
                />
              </Card>
              <Card size="small" title={t('chains.node.projects', { count: data.projects.length })}>
                <Projects projects={data.projects} />
              </Card>
              {canLink && (
                <Card size="small" title={t('chains.link.title')}>
                  <LinkFirmForm chainId={chainId} nodeId={data.node.id} />
                </Card>
              )}
            </>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
