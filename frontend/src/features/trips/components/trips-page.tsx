import { Alert, Button, Card, Flex, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FilterBar, ListHeader, RowEditButton, YearFilter, yearOf } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';
import { ResponsiveList } from '../../../components/responsive-list';
import { useCanWrite } from '../../auth';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { listPaging } from '../../../lib/table-query';
import { getTrip } from '../api/get-trip';
import { tripsUrl, useTrips } from '../api/get-trips';
import type { TripFilter, TripListItem } from '../api/types';
import { TagRow } from './tag-row';
import { TripFormModal } from './trip-form-modal';
import { useEditRecord } from '../../../lib/use-edit-record';

const KEYS = ['q', 'year', 'leaderLed'] as const;

/** Dates of a trip as one range, e.g. 2026-03-02 ~ 2026-03-05. */
export const tripDates = (trip: Pick<TripListItem, 'startDate' | 'endDate'>) =>
  trip.startDate === trip.endDate ? trip.startDate : `${trip.startDate} ~ ${trip.endDate}`;

/** "This year leaders led N outreach trips": the count the district reports, opening those trips. */
function LeaderLedHeadline({ year, onShow }: { year: number; onShow: () => void }) {
  const { t } = useTranslation();
  const led = useTrips({ year, leaderLed: true, page: 0, size: 1 });
  if (led.isError) return null;
  return (
    <Alert
      type="info"
      data-testid="trips-headline"
      message={
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Text style={{ fontSize: 16 }}>
            {t('trips.headline', { count: led.data?.total ?? 0, year })}
            {led.isPending && '…'}
          </Typography.Text>
          <Button size="small" type="link" onClick={onShow}>
            {t('trips.headlineShow')}
          </Button>
        </Flex>
      }
      style={{ marginBottom: 12 }}
    />
  );
}

export function TripsPage() {
  const { t } = useTranslation();
  const thisYear = dayjs().year();
  const [f, setFilter] = useUrlFilter(KEYS, { year: String(thisYear) });
  const filter: TripFilter = {
    q: f.q,
    year: yearOf(f.year),
    leaderLed: f.leaderLed === 'true' ? true : f.leaderLed === 'false' ? false : undefined,
    page: f.page,
    size: f.size,
  };
  const trips = useTrips(filter);
  const { canWrite, unitId } = useCanWrite();
  const [adding, setAdding] = useState(false);
  const editing = useEditRecord(getTrip);
  const editable = (trip: TripListItem) => canWrite && trip.unitId === unitId;

  const title = (trip: TripListItem) => (
    <Flex vertical gap={2}>
      <Link to={`/trips/${trip.id}`}>{trip.title}</Link>
      {trip.purpose && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: trip.purpose }} style={{ maxWidth: 360 }}>
          {trip.purpose}
        </Typography.Text>
      )}
    </Flex>
  );
  const leader = (trip: TripListItem) =>
    trip.leaderLed ? (
      <span>
        {trip.leaderName} <Tag color="red">{t('trips.leaderLed')}</Tag>
      </span>
    ) : (
      <Typography.Text type="secondary">{t('trips.noLeader')}</Typography.Text>
    );
  const counts = (trip: TripListItem) =>
    t('trips.counts', { visits: trip.visitCount, leads: trip.leadCount, projects: trip.projectCount });
  const editButton = (trip: TripListItem) =>
    editable(trip) && (
      <RowEditButton
        name={trip.title}
        loading={editing.loadingId === trip.id}
        onClick={() => void editing.open(trip.id)}
      />
    );

  return (
    <Card>
      <ListHeader
        title={t('trips.title')}
        listUrl={tripsUrl(filter)}
        addLabel={canWrite ? t('trips.add') : undefined}
        onAdd={() => setAdding(true)}
      />
      <LeaderLedHeadline year={thisYear} onShow={() => setFilter({ year: String(thisYear), leaderLed: 'true' })} />
      <FilterBar texts="trips" q={f.q} onSearch={(q) => setFilter({ q })}>
        <YearFilter texts="trips" thisYear={thisYear} value={f.year} onChange={(year) => setFilter({ year })} />
        <Select
          aria-label={t('trips.filters.leaderLed')}
          style={{ minWidth: 150 }}
          value={f.leaderLed ?? ''}
          onChange={(leaderLed: string) => setFilter({ leaderLed: leaderLed || undefined })}
          options={[
            { value: '', label: t('trips.filters.anyLeader') },
            { value: 'true', label: t('trips.filters.leaderLedOnly') },
            { value: 'false', label: t('trips.filters.withoutLeader') },
          ]}
        />
      </FilterBar>
      {trips.isError && <QueryError error={trips.error} onRetry={() => void trips.refetch()} />}
      <ResponsiveList<TripListItem>
        label={t('trips.title')}
        rowKey={(trip) => trip.id}
        items={trips.data?.items ?? []}
        loading={trips.isFetching}
        empty={t(f.q || f.leaderLed ? 'trips.emptyFiltered' : 'trips.empty')}
        scrollX={1000}
        paging={listPaging({ t, texts: 'trips', filter, data: trips.data, onChange: setFilter })}
        columns={[
          { title: t('trips.fields.title'), key: 'title', render: (_, trip) => title(trip) },
          { title: t('trips.fields.leaderName'), key: 'leader', width: 150, render: (_, trip) => leader(trip) },
          { title: t('trips.fields.dates'), key: 'dates', width: 200, render: (_, trip) => tripDates(trip) },
          {
            title: t('trips.fields.cities'),
            key: 'cities',
            width: 180,
            render: (_, trip) => <TagRow values={trip.cities} />,
          },
          { title: t('trips.fields.unit'), dataIndex: 'unitName', width: 120 },
          { title: t('trips.fields.results'), key: 'counts', width: 170, render: (_, trip) => counts(trip) },
          { title: '', key: 'actions', width: 90, render: (_, trip) => editButton(trip) },
        ]}
        renderCard={(trip) => (
          <Flex vertical gap={6}>
            {title(trip)}
            <Typography.Text type="secondary">{tripDates(trip)}</Typography.Text>
            <span>{leader(trip)}</span>
            <TagRow values={trip.cities} />
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">{counts(trip)}</Typography.Text>
              {editButton(trip)}
            </Flex>
          </Flex>
        )}
      />
      {adding && <TripFormModal onClose={() => setAdding(false)} />}
      {editing.record && <TripFormModal trip={editing.record} onClose={editing.close} />}
    </Card>
  );
}
