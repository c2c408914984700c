import { Alert, App, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { LinkedLeads } from '../../leads';
import { DetailCard, DetailDescriptions, LongText } from '../../../components/detail-card';
import { DeleteButton } from '../../../components/delete-button';
import { DetailFrame } from '../../../components/detail-frame';
import { errorText } from '../../../lib/error-text';
import { orDash } from '../../../lib/format';
import { useDeleteTrip } from '../api/delete-trip';
import { useTrip } from '../api/get-trip';
import type { Trip } from '../api/types';
import { LinkedProjects } from './linked-projects';
import { LinkedVisits } from './linked-visits';
import { TagRow } from './tag-row';
import { TripFormModal } from './trip-form-modal';
import { tripDates } from './trips-page';

const paragraph = (value: string | null) => value && <LongText>{value}</LongText>;

function TripView({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remove = useDeleteTrip();
  const [editing, setEditing] = useState(false);
  const [inUse, setInUse] = useState(false);

  const doDelete = async () => {
    setInUse(false);
    try {
      await remove.mutateAsync({ id: trip.id, version: trip.version });
      void message.success(t('trips.deleted'));
      navigate('/trips');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'trip.in_use') setInUse(true);
      else void message.error(errorText(t, error));
    }
  };

  const tags = (values: string[]) => (values.length === 0 ? null : <TagRow values={values} />);

  return (
    <>
      <DetailCard
        title={trip.title}
        meta={
          <>
            {trip.leaderLed && <Tag color="red">{t('trips.leaderLed')}</Tag>}
            <Typography.Text type="secondary">{tripDates(trip)}</Typography.Text>
          </>
        }
        actions={
          trip.canEdit && (
            <Space wrap>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              <DeleteButton
                label={t('trips.delete.button')}
                confirm={t('trips.delete.confirm')}
                pending={remove.isPending}
                onConfirm={() => void doDelete()}
              />
            </Space>
          )
        }
      >
        {inUse && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            closable
            onClose={() => setInUse(false)}
            message={t('trips.delete.inUseTitle')}
            description={t('trips.delete.inUse', {
              visits: trip.visitCount,
              leads: trip.leadCount,
              projects: trip.projectCount,
            })}
            style={{ marginTop: 16 }}
          />
        )}
        <DetailDescriptions
          items={[
            { key: 'leader', label: t('trips.fields.leaderName'), children: orDash(trip.leaderName) },
            { key: 'dates', label: t('trips.fields.dates'), children: tripDates(trip) },
            { key: 'unit', label: t('trips.fields.unit'), children: trip.unitName },
            { key: 'cities', label: t('trips.fields.cities'), children: orDash(tags(trip.cities)) },
            {
              key: 'delegation',
              label: t('trips.fields.delegation'),
              children: orDash(tags(trip.delegation)),
              span: 2,
            },
            {
              key: 'purpose',
              label: t('trips.fields.purpose'),
              children: orDash(paragraph(trip.purpose)),
              span: 'filled',
            },
            {
              key: 'outcome',
              label: t('trips.fields.outcome'),
              children: orDash(paragraph(trip.outcome)),
              span: 'filled',
            },
          ]}
        />
      </DetailCard>
      <Card title={t('trips.visits.titleCount', { count: trip.visitCount })}>
        <OtherUnits count={trip.visitCount - trip.visits.length} />
        <LinkedVisits visits={trip.visits} />
      </Card>
      <Card title={t('trips.leads.titleCount', { count: trip.leadCount })}>
        <OtherUnits count={trip.leadCount - trip.leads.length} />
        <LinkedLeads leads={trip.leads} />
      </Card>
      <Card title={t('trips.projects.titleCount', { count: trip.projects.length })}>
        <LinkedProjects projects={trip.projects} />
      </Card>
      {editing && <TripFormModal trip={trip} onClose={() => setEditing(false)} />}
    </>
  );
}

export function TripDetailPage() {
  const { t } = useTranslation();
  const trip = useTrip(Number(useParams().id));
  return (
    <DetailFrame backTo="/trips" backLabel={t('trips.backToList')} query={trip}>
      {(data) => <TripView trip={data} />}
    </DetailFrame>
  );
}

/** The trip's records another unit keeps: counted in the trip's totals, not shown under the unit rule. */
function OtherUnits({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
      {t('trips.otherUnits', { count })}
    </Typography.Paragraph>
  );
}
