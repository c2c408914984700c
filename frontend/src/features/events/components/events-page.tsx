import { Card, Flex, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney } from '../../../lib/format';
import { FilterBar, FilterSelect, ListHeader, RowEditButton, YearFilter, yearOf } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';
import { ResponsiveList } from '../../../components/responsive-list';
import { useCanWrite } from '../../auth';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { listPaging } from '../../../lib/table-query';
import { useEditRecord } from '../../../lib/use-edit-record';
import { getEvent } from '../api/get-event';
import { eventsUrl, useEvents } from '../api/get-events';
import {
  EVENT_KINDS,
  EVENT_ROLES,
  type EventFilter,
  type EventKind,
  type EventListItem,
  type EventRole,
} from '../api/types';
import { EventFormModal } from './event-form-modal';
import { codeOptions } from '../../../lib/select-options';

const KEYS = ['q', 'year', 'kind', 'role'] as const;

export function EventsPage() {
  const { t } = useTranslation();
  const thisYear = dayjs().year();
  const [f, setFilter] = useUrlFilter(KEYS, { year: String(thisYear) });
  const filter: EventFilter = {
    q: f.q,
    year: yearOf(f.year),
    kind: EVENT_KINDS.includes(f.kind as EventKind) ? (f.kind as EventKind) : undefined,
    role: EVENT_ROLES.includes(f.role as EventRole) ? (f.role as EventRole) : undefined,
    page: f.page,
    size: f.size,
  };
  const events = useEvents(filter);
  const { canWrite, unitId } = useCanWrite();
  const [adding, setAdding] = useState(false);
  const editing = useEditRecord(getEvent);

  const name = (e: EventListItem) => (
    <Flex vertical gap={2}>
      <Link to={`/events/${e.id}`}>{e.name}</Link>
      {e.place && <Typography.Text type="secondary">{e.place}</Typography.Text>}
    </Flex>
  );
  const kindRole = (e: EventListItem) => (
    <Space size={4} wrap>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`events.kinds.${e.kind}`)}</Tag>
      <Tag color={e.role === 'HOSTED' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
        {t(`events.roles.${e.role}`)}
      </Tag>
    </Space>
  );
  const signed = (e: EventListItem) =>
    t('events.signedCount', { credited: e.creditedProjectCount, all: e.projectCount });
  const editButton = (e: EventListItem) =>
    canWrite &&
    e.unitId === unitId && (
      <RowEditButton name={e.name} loading={editing.loadingId === e.id} onClick={() => void editing.open(e.id)} />
    );

  return (
    <Card>
      <ListHeader
        title={t('events.title')}
        listUrl={eventsUrl(filter)}
        addLabel={canWrite ? t('events.add') : undefined}
        onAdd={() => setAdding(true)}
      />
      <FilterBar texts="events" q={f.q} onSearch={(q) => setFilter({ q })}>
        <YearFilter texts="events" thisYear={thisYear} value={f.year} onChange={(year) => setFilter({ year })} />
        <FilterSelect
          label={t('events.fields.kind')}
          minWidth={130}
          value={filter.kind}
          onChange={(kind?: string) => setFilter({ kind })}
          options={codeOptions(t, EVENT_KINDS, 'events.kinds')}
        />
        <FilterSelect
          label={t('events.fields.role')}
          minWidth={110}
          value={filter.role}
          onChange={(role?: string) => setFilter({ role })}
          options={codeOptions(t, EVENT_ROLES, 'events.roles')}
        />
      </FilterBar>
      {events.isError && <QueryError error={events.error} onRetry={() => void events.refetch()} />}
      <ResponsiveList<EventListItem>
        label={t('events.title')}
        rowKey={(e) => e.id}
        items={events.data?.items ?? []}
        loading={events.isFetching}
        empty={t(f.q || f.kind || f.role ? 'events.emptyFiltered' : 'events.empty')}
        scrollX={1000}
        paging={listPaging({ t, texts: 'events', filter, data: events.data, onChange: setFilter })}
        columns={[
          { title: t('events.fields.name'), key: 'name', render: (_, e) => name(e) },
          { title: t('events.fields.heldOn'), dataIndex: 'heldOn', width: 120 },
          { title: t('events.fields.kind'), key: 'kind', width: 170, render: (_, e) => kindRole(e) },
          { title: t('events.fields.organiser'), key: 'organiser', width: 160, render: (_, e) => e.organiser ?? '—' },
          { title: t('events.fields.signed'), key: 'signed', width: 170, render: (_, e) => signed(e) },
          {
            title: t('events.fields.totalInvestmentCredited'),
            key: 'total',
            width: 150,
            align: 'right',
            render: (_, e) => formatMoney(e.totalInvestmentCredited),
          },
          { title: '', key: 'actions', width: 90, render: (_, e) => editButton(e) },
        ]}
        renderCard={(e) => (
          <Flex vertical gap={6}>
            {name(e)}
            <Typography.Text type="secondary">{e.heldOn}</Typography.Text>
            {kindRole(e)}
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">{signed(e)}</Typography.Text>
              {editButton(e)}
            </Flex>
          </Flex>
        )}
      />
      {adding && <EventFormModal onClose={() => setAdding(false)} />}
      {editing.record && <EventFormModal event={editing.record} onClose={editing.close} />}
    </Card>
  );
}
