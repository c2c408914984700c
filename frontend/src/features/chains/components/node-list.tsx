import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEGMENTS, type ChainNode } from '../api/types';
import { isGap } from '../lib/coverage';
import { nodesBySegment } from '../lib/layout';
import { nodeCounts } from './chain-graph';
import { CoverageTag } from './coverage-tag';

export interface NodeListProps {
  nodes: ChainNode[];
  selectedId?: number;
  onlyGaps: boolean;
  onSelect: (nodeId: number) => void;
}

/** The nodes as a list grouped by segment: what a keyboard or a screen reader uses instead of the picture. */
export function NodeList({ nodes, selectedId, onlyGaps, onSelect }: NodeListProps) {
  const { t } = useTranslation();
  const groups = nodesBySegment(nodes);
  return (
    <nav aria-label={t('chains.map.nodeList')}>
      <Flex vertical gap={12}>
        {SEGMENTS.map((segment) => {
          const shown = groups[segment].filter((node) => !onlyGaps || isGap(node.coverage));
          const headingId = `chain-segment-${segment}`;
          return (
            <section key={segment} aria-labelledby={headingId}>
              <Typography.Title level={5} id={headingId} style={{ margin: '0 0 6px' }}>
                {t(`chains.segments.${segment}`)}
              </Typography.Title>
              {shown.length === 0 ? (
                <Typography.Text type="secondary">{onlyGaps ? t('chains.map.noGaps') : '—'}</Typography.Text>
              ) : (
                <ul className="chain-node-list" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {shown.map((node) => {
                    const selected = node.id === selectedId;
                    return (
                      <li key={node.id} style={{ marginBottom: 6 }}>
                        <button
                          type="button"
                          aria-current={selected ? 'true' : undefined}
                          data-node-id={node.id}
                          onClick={() => onSelect(node.id)}
                          style={{
                            width: '100%',
                            textAlign: 'start',
                            cursor: 'pointer',
                            font: 'inherit',
                            padding: '8px 10px',
                            borderRadius: 6,
                            border: `1px solid ${selected ? '#1677ff' : '#d9d9d9'}`,
                            background: selected ? '#e6f4ff' : '#fff',
                          }}
                        >
                          <Flex justify="space-between" align="center" gap={8}>
                            <Typography.Text strong>{node.name}</Typography.Text>
                            <CoverageTag coverage={node.coverage} />
                          </Flex>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {nodeCounts(t, node)}
                          </Typography.Text>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </Flex>
    </nav>
  );
}
