import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LinkedLeads } from '../../leads';
import { DetailCard, DetailDescriptions, LongText } from '../../../components/detail-card';
import { DetailFrame } from '../../../components/detail-frame';
import { LinkedVisits } from '../../trips';
import { useEvent } from '../api/get-event';
import type { InvestmentEvent } from '../api/types';
import { EventFormModal } from './event-form-modal';
import { EventProjects } from './event-projects';
import { orDash } from '../../../lib/format';

function EventView({ event: e }: { event: InvestmentEvent }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <DetailCard
        title={e.name}
        meta={
          <>
            <Tag>{t(`events.kinds.${e.kind}`)}</Tag>
            <Tag color={e.role === 'HOSTED' ? 'red' : 'blue'}>{t(`events.roles.${e.role}`)}</Tag>
            <Typography.Text type="secondary">{e.heldOn}</Typography.Text>
          </>
        }
        actions={e.canEdit && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
      >
        <DetailDescriptions
          items={[
            { key: 'heldOn', label: t('events.fields.heldOn'), children: e.heldOn },
            { key: 'place', label: t('events.fields.place'), children: orDash(e.place) },
            { key: 'unit', label: t('events.fields.unit'), children: e.unitName },
            { key: 'organiser', label: t('events.fields.organiser'), children: orDash(e.organiser), span: 'filled' },
            {
              key: 'participants',
              label: t('events.fields.participants'),
              children: orDash(e.participants),
              span: 'filled',
            },
            {
              key: 'summary',
              label: t('events.fields.summary'),
              span: 'filled',
              children: orDash(e.summary && <LongText>{e.summary}</LongText>),
            },
          ]}
        />
      </DetailCard>
      <Card title={t('events.projects.titleCount', { count: e.projects.length })}>
        <EventProjects event={e} />
      </Card>
      <Card title={t('trips.leads.titleCount', { count: e.leads.length })}>
        <LinkedLeads leads={e.leads} />
      </Card>
      <Card title={t('trips.visits.titleCount', { count: e.visits.length })}>
        <LinkedVisits visits={e.visits} />
      </Card>
      {editing && <EventFormModal event={e} onClose={() => setEditing(false)} />}
    </>
  );
}

export function EventDetailPage() {
  const { t } = useTranslation();
  const event = useEvent(Number(useParams().id));
  return (
    <DetailFrame backTo="/events" backLabel={t('events.backToList')} query={event}>
      {(data) => <EventView event={data} />}
    </DetailFrame>
  );
}
