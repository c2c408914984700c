import { Flex, Space, Typography } from 'antd';
import { PersonName } from '../../users';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Visit } from '../api/types';
import { FollowUpTag, IntentTag, KindTag } from './visit-tags';

/** One visit on a phone: the whole card is one link, tall enough to tap. */
export function VisitCard({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <Link
      to={`/visits/${visit.id}`}
      style={{ display: 'block', color: 'inherit', minHeight: 44 }}
      aria-label={`${visit.enterpriseName} ${visit.visitedOn}`}
    >
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
            {visit.enterpriseName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {visit.visitedOn}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {visit.summary}
        </Typography.Paragraph>
        <Space size={4} wrap>
          <KindTag kind={visit.kind} />
          <IntentTag intent={visit.intent} />
          <FollowUpTag visit={visit} />
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {visit.unitName} · {t('visits.fields.recordedBy')} <PersonName login={visit.recordedBy} />
        </Typography.Text>
      </Flex>
    </Link>
  );
}
