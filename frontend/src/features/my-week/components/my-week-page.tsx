import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Grid, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth';
import { toDateString } from '../../../lib/format';
import { canRecordVisits, useFollowUpDone, type Visit, visitErrorMessage, VisitQueuePanel } from '../../visits';
import { QueryError } from '../../../components/query-error';
import { useMyWeek } from '../api/get-my-week';
import type { WeekScope } from '../api/types';
import { useReviewSections } from './review-sections';
import { DueLeadItem, FollowUpItem, OverdueLeadItem, WeekVisitItem } from './week-lists';
import { Section } from './week-section';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The home page of officers and unit heads: what is due, what is late, what happened this week. */
export function MyWeekPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const unitHead = roles.includes('unit_head');
  // A unit head's home is the whole unit's week (overdue leads of every officer); "mine" narrows it.
  const scope: WeekScope = unitHead && params.get('scope') !== 'mine' ? 'unit' : 'mine';
  const weekParam = params.get('week');
  const week = weekParam && DAY.test(weekParam) ? weekParam : undefined;
  const myWeek = useMyWeek(scope, week);
  const done = useFollowUpDone();
  const reviewSections = useReviewSections(roles);

  const go = (patch: { week?: string | null; scope?: WeekScope }) => {
    const next = new URLSearchParams(params);
    if (patch.week !== undefined) {
      if (patch.week) next.set('week', patch.week);
      else next.delete('week');
    }
    if (patch.scope) {
      if (patch.scope === 'mine') next.set('scope', 'mine');
      else next.delete('scope');
    }
    setParams(next, { replace: true });
  };
  const anchor = dayjs(week ?? myWeek.data?.from);
  const shift = (days: number) => go({ week: toDateString(anchor.add(days, 'day')) });

  const markDone = async (visit: Visit) => {
    try {
      await done.mutateAsync(visit.id);
      void message.success(t('myWeek.markedDone'));
    } catch (error) {
      void message.error(visitErrorMessage(t, error));
    }
  };

  const data = myWeek.data;
  let body: ReactNode;
  if (myWeek.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (myWeek.isError) body = <QueryError error={myWeek.error} onRetry={() => void myWeek.refetch()} />;
  else if (data) {
    const sections = [
      ...reviewSections,
      <Section
        key="followUps"
        title={t('myWeek.sections.followUps')}
        items={data.followUps}
        empty={t('myWeek.empty.followUps')}
        alert
        render={(visit) => (
          <FollowUpItem
            visit={visit}
            onDone={(v) => void markDone(v)}
            busy={done.isPending && done.variables === visit.id}
          />
        )}
      />,
      <Section
        key="overdueLeads"
        title={t('myWeek.sections.overdueLeads')}
        items={data.overdueLeads}
        empty={t('myWeek.empty.overdueLeads')}
        alert
        render={(lead) => <OverdueLeadItem lead={lead} />}
      />,
      <Section
        key="dueLeads"
        title={t('myWeek.sections.dueLeads')}
        items={data.dueLeads}
        empty={t('myWeek.empty.dueLeads')}
        render={(lead) => <DueLeadItem lead={lead} week={data} />}
      />,
      <Section
        key="visits"
        title={t('myWeek.sections.visits')}
        items={data.visits}
        empty={t('myWeek.empty.visits')}
        render={(visit) => <WeekVisitItem visit={visit} />}
      />,
    ];
    body = (
      <Row gutter={[16, 16]}>
        {sections.map((section) => (
          <Col key={section.key} xs={24} xl={12}>
            {section}
          </Col>
        ))}
      </Row>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('myWeek.title')}
          </Typography.Title>
          {data && (
            <Typography.Text type="secondary">{t('myWeek.range', { from: data.from, to: data.to })}</Typography.Text>
          )}
        </div>
        <Button
          type="primary"
          size="large"
          icon={<PlusOutlined />}
          onClick={() => navigate('/visits/new')}
          block={phone}
        >
          {t('myWeek.record')}
        </Button>
      </Flex>
      {me.data && canRecordVisits(roles) && <VisitQueuePanel owner={me.data.username} />}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space.Compact role="group" aria-label={t('myWeek.weekNav')}>
          <Button icon={<LeftOutlined />} onClick={() => shift(-7)}>
            {t('myWeek.previous')}
          </Button>
          <Button onClick={() => go({ week: null })} disabled={!week}>
            {t('myWeek.thisWeek')}
          </Button>
          <Button onClick={() => shift(7)}>
            {t('myWeek.next')} <RightOutlined />
          </Button>
        </Space.Compact>
        {unitHead && (
          <Segmented<WeekScope>
            aria-label={t('myWeek.scope')}
            value={scope}
            onChange={(next) => go({ scope: next })}
            options={[
              { value: 'mine', label: t('myWeek.scopes.mine') },
              { value: 'unit', label: t('myWeek.scopes.unit') },
            ]}
          />
        )}
      </Flex>
      {body}
    </Flex>
  );
}
