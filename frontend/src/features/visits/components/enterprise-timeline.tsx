import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Image, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { attachmentContentUrl, attachmentThumbnailUrl } from '../../attachments';
import { useMe } from '../../auth';
import { useEnterpriseTimeline } from '../api/get-enterprise-timeline';
import type { TimelineEntry, TimelineKind } from '../api/types';
import { canRecordVisits } from './roles';
import { QueryError } from '../../../components/query-error';

const PATHS: Record<TimelineKind, string> = {
  VISIT: '/visits',
  LEAD: '/leads',
  TRIP: '/trips',
  EVENT: '/events',
  PROJECT: '/projects',
};
const COLORS: Record<TimelineKind, string> = {
  VISIT: 'blue',
  LEAD: 'orange',
  TRIP: 'purple',
  EVENT: 'cyan',
  PROJECT: 'green',
};

/** Where each kind's `code` is named (the other features' catalogues). */
const CODE_LABELS: Partial<Record<TimelineKind, string>> = {
  VISIT: 'visits.kinds',
  LEAD: 'leads.statuses',
  EVENT: 'events.kinds',
  PROJECT: 'projects.stages',
};

function Entry({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const kind = t(`visits.timeline.kinds.${entry.kind}`);
  if (entry.restricted) {
    return (
      <Typography.Text type="secondary">
        <LockOutlined aria-label={t('visits.timeline.restrictedHelp')} />{' '}
        {t('visits.timeline.restricted', {
          unit: entry.unitName,
          date: entry.date,
          what: t(`visits.timeline.what.${entry.kind}`, { defaultValue: kind }),
        })}
      </Typography.Text>
    );
  }
  const title = entry.title ?? kind;
  return (
    <Flex vertical gap={2}>
      <span>
        <Typography.Text type="secondary">{entry.date}</Typography.Text> <Tag color={COLORS[entry.kind]}>{kind}</Tag>
        {entry.code && CODE_LABELS[entry.kind] && (
          <Tag>{t(`${CODE_LABELS[entry.kind]}.${entry.code}`, { defaultValue: entry.code })}</Tag>
        )}
        {entry.id !== null ? <Link to={`${PATHS[entry.kind]}/${entry.id}`}>{title}</Link> : title}
      </span>
      {entry.detail && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {entry.detail}
        </Typography.Paragraph>
      )}
      {entry.photoIds.length > 0 && (
        <Image.PreviewGroup>
          <Flex gap={4} wrap data-testid="timeline-photos">
            {entry.photoIds.map((id) => (
              <Image
                key={id}
                width={64}
                height={64}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                src={attachmentThumbnailUrl(id)}
                preview={{ src: attachmentContentUrl(id) }}
                alt={t('visits.timeline.photo')}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {entry.unitName}
      </Typography.Text>
    </Flex>
  );
}

/** What has happened with a firm, newest first; other units' visits and leads show only who and when. */
export function EnterpriseTimeline({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeline = useEnterpriseTimeline(enterpriseId);
  const me = useMe();

  let body;
  if (timeline.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (timeline.isError) {
    body = <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  } else if (timeline.data.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.timeline.empty')} />;
  else {
    body = (
      <Timeline
        aria-label={t('visits.timeline.title')}
        style={{ marginTop: 8 }}
        items={timeline.data.map((entry, index) => ({
          key: `${entry.kind}-${entry.id ?? `r${index}`}`,
          color: entry.restricted ? 'gray' : COLORS[entry.kind],
          children: <Entry entry={entry} />,
        }))}
      />
    );
  }

  return (
    <Card
      title={t('visits.timeline.title')}
      extra={
        canRecordVisits(me.data?.roles) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/visits/new?enterpriseId=${enterpriseId}`)}
          >
            {t('visits.timeline.record')}
          </Button>
        )
      }
    >
      {body}
    </Card>
  );
}
