import { Button, Flex, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FollowUpTag, KindTag, followUpOverdue, type Visit } from '../../visits';
import type { MyWeek, WeekLead } from '../api/types';

/** The red edge of anything late. */
const LATE = { borderInlineStart: '3px solid #ff4d4f', paddingInlineStart: 8 };

/** A follow-up due by the end of the week: red once its date has passed. */
export function FollowUpItem({ visit, onDone, busy }: { visit: Visit; onDone: (visit: Visit) => void; busy: boolean }) {
  const { t } = useTranslation();
  const overdue = followUpOverdue(visit);
  return (
    <List.Item
      actions={
        visit.canEdit
          ? [
              <Button
                key="done"
                size="small"
                loading={busy}
                onClick={() => onDone(visit)}
                aria-label={`${t('myWeek.markDone')}: ${visit.enterpriseName}`}
              >
                {t('myWeek.markDone')}
              </Button>,
            ]
          : undefined
      }
      style={overdue ? LATE : undefined}
    >
      <List.Item.Meta
        title={<Link to={`/visits/${visit.id}`}>{visit.enterpriseName}</Link>}
        description={
          <Flex vertical gap={4}>
            <Space size={4} wrap>
              {overdue && <Tag color="error">{t('myWeek.overdue')}</Tag>}
              <FollowUpTag visit={visit} />
            </Space>
            {visit.nextStep && <Typography.Text>{visit.nextStep}</Typography.Text>}
          </Flex>
        }
      />
    </List.Item>
  );
}

/** A lead, linked, with the tags that say why it is here. */
function LeadItem({ lead, tags, late }: { lead: WeekLead; tags: ReactNode; late?: boolean }) {
  return (
    <List.Item style={late ? LATE : undefined}>
      <List.Item.Meta
        title={<Link to={`/leads/${lead.id}`}>{lead.title}</Link>}
        description={
          <Flex vertical gap={4}>
            <Space size={4} wrap>
              {tags}
            </Space>
            {lead.enterpriseName && <Typography.Text type="secondary">{lead.enterpriseName}</Typography.Text>}
          </Flex>
        }
      />
    </List.Item>
  );
}

/** A lead past one of its clocks: which clock and by how many days. */
export function OverdueLeadItem({ lead }: { lead: WeekLead }) {
  const { t } = useTranslation();
  const late = lead.clocks.filter((clock) => clock.overdue);
  return (
    <LeadItem
      lead={lead}
      late
      tags={[
        <Tag key="overdue" color="error">
          {t('myWeek.overdue')}
        </Tag>,
        ...late.map((clock) => (
          <Tag key={clock.kind} color="red">
            {t('myWeek.overdueDays', { kind: t(`myWeek.clockKinds.${clock.kind}`), days: clock.daysOverdue })}
          </Tag>
        )),
      ]}
    />
  );
}

/** A lead with a clock due this week. */
export function DueLeadItem({ lead, week }: { lead: WeekLead; week: Pick<MyWeek, 'from' | 'to'> }) {
  const { t } = useTranslation();
  const due = lead.clocks.filter((clock) => !clock.doneOn && clock.dueOn >= week.from && clock.dueOn <= week.to);
  const shown = due.length > 0 ? due : lead.nextDue ? [lead.nextDue] : [];
  return (
    <LeadItem
      lead={lead}
      tags={shown.map((clock) => (
        <Tag key={clock.kind} color="orange">
          {t('myWeek.dueOn', { kind: t(`myWeek.clockKinds.${clock.kind}`), date: clock.dueOn })}
        </Tag>
      ))}
    />
  );
}

export function WeekVisitItem({ visit }: { visit: Visit }) {
  return (
    <List.Item>
      <List.Item.Meta
        title={<Link to={`/visits/${visit.id}`}>{visit.enterpriseName}</Link>}
        description={
          <Flex vertical gap={4}>
            <Space size={4} wrap>
              <Typography.Text type="secondary">{visit.visitedOn}</Typography.Text>
              <KindTag kind={visit.kind} />
            </Space>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {visit.summary}
            </Typography.Paragraph>
          </Flex>
        }
      />
    </List.Item>
  );
}
