import { DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, List, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TagList } from '../../enterprises';
import type { Candidate, NodeFirm } from '../api/types';
import { formatCapital, reasonText } from '../lib/reasons';

export interface NodeFirmsProps<F extends NodeFirm> {
  firms: F[];
  empty: string;
  /** Offers to unlink each firm (officers, unit heads, admins). */
  onUnlink?: (firm: F) => void;
  /** Lines under the firm's name (a candidate's score and reasons). */
  extra?: (firm: F, index: number) => ReactNode;
}

/** Firms linked to a node, each opening its page in the library. */
export function NodeFirms<F extends NodeFirm>({ firms, empty, onUnlink, extra }: NodeFirmsProps<F>) {
  const { t, i18n } = useTranslation();
  if (firms.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List<F>
      size="small"
      dataSource={firms}
      rowKey={(firm) => firm.id}
      renderItem={(firm, index) => (
        <List.Item>
          <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
            <Flex justify="space-between" align="start" gap={8}>
              <Space size={4} wrap>
                <Link to={`/enterprises/${firm.id}`}>{firm.name}</Link>
                <TagList tags={firm.tags} />
              </Space>
              {onUnlink && (
                <Popconfirm
                  title={t('chains.link.unlinkConfirm', { name: firm.name })}
                  okText={t('chains.link.unlink')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onUnlink(firm)}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('chains.link.unlink')} ${firm.name}`}
                  />
                </Popconfirm>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                firm.registeredCapital
                  ? `${t('chains.node.capital')} ${formatCapital(t, Number(firm.registeredCapital), i18n.language)}`
                  : null,
                firm.ownerUnit ? `${t('chains.node.owner')} ${firm.ownerUnit.name}` : null,
                firm.note,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            {extra?.(firm, index)}
          </Flex>
        </List.Item>
      )}
    />
  );
}

export interface CandidateReasonsProps {
  candidate: Candidate;
  rank: number;
}

/** A candidate's rank, score and why: chain leader +30, registered capital +25 … */
export function CandidateReasons({ candidate, rank }: CandidateReasonsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Flex gap={4} wrap align="center" data-testid={`candidate-${candidate.id}`}>
      <Tag
        color="geekblue"
        style={{ marginInlineEnd: 0 }}
        aria-label={t('chains.node.scoreOf', { name: candidate.name, score: candidate.score })}
      >
        {t('chains.node.rank', { rank })} · {t('chains.node.score', { score: candidate.score })}
      </Tag>
      {candidate.reasons.map((reason, i) => (
        <Tag key={i} bordered={false} style={{ marginInlineEnd: 0 }}>
          {reasonText(t, reason, i18n.language)}
        </Tag>
      ))}
    </Flex>
  );
}
