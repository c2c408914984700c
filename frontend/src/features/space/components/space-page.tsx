import { Button, Card, Empty, Flex, Select, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useIndustries } from '../../industries';
import { useParks, useSites, useZones } from '../api/get-space';
import type { Park, Site, Zone } from '../api/types';
import { LayoutFormModal, type LayoutRecord } from './layout-form-modal';
import { SiteFormModal } from './site-form-modal';
import { recordOptions } from '../../../lib/select-options';
import { PageTitle } from '../../../components/list-parts';

const area = (value: number) => Number(value).toLocaleString(undefined, { maximumFractionDigits: 2 });

function SitesTab() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const parkId = params.get('parkId') ? Number(params.get('parkId')) : undefined;
  const industryId = params.get('industryId') ? Number(params.get('industryId')) : undefined;
  const sites = useSites({ parkId, industryId });
  const parks = useParks();
  const industries = useIndustries();
  const [editing, setEditing] = useState<{ open: boolean; site?: Site }>({ open: false });

  const setFilter = (key: string, value?: number) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Flex wrap gap={8}>
          <Select
            allowClear
            placeholder={t('space.park')}
            style={{ minWidth: 200 }}
            value={parkId}
            onChange={(value?: number) => setFilter('parkId', value)}
            options={recordOptions(parks.data?.items)}
          />
          <Select
            allowClear
            placeholder={t('space.suitable')}
            style={{ minWidth: 160 }}
            value={industryId}
            onChange={(value?: number) => setFilter('industryId', value)}
            options={recordOptions(industries.data?.items)}
          />
        </Flex>
        <Button type="primary" onClick={() => setEditing({ open: true })}>
          {t('space.addSite')}
        </Button>
      </Flex>
      <Table<Site>
        rowKey="id"
        loading={sites.isLoading}
        dataSource={sites.data?.items ?? []}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('space.noSites')} /> }}
        columns={[
          { title: t('space.siteName'), dataIndex: 'name' },
          {
            title: t('space.siteKind'),
            dataIndex: 'kind',
            width: 88,
            render: (kind: string) => t(`space.siteKinds.${kind}`),
          },
          { title: t('space.park'), key: 'park', render: (_, s) => s.park?.name ?? s.zone?.name ?? '—' },
          {
            title: t('space.freeArea'),
            key: 'free',
            align: 'right',
            render: (_, s) => `${area(s.freeAreaSqm)} / ${area(s.areaSqm)} m²`,
          },
          {
            title: t('space.suitable'),
            key: 'suitable',
            render: (_, s) => s.suitableIndustries.map((i) => <Tag key={i.id}>{i.name}</Tag>),
          },
          { title: t('space.contact'), dataIndex: 'contactName' },
          {
            title: t('units.actions'),
            key: 'actions',
            render: (_, site) => (
              <Button type="link" onClick={() => setEditing({ open: true, site })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <SiteFormModal open={editing.open} site={editing.site} onClose={() => setEditing({ open: false })} />
    </>
  );
}

/** A tab of zones or parks: the list, an edit link per row and an add button, editing in one modal. */
function LayoutTab<T extends Zone | Park>({
  kind,
  rows,
  loading,
  empty,
  columns,
}: {
  kind: 'zone' | 'park';
  rows: T[];
  loading: boolean;
  empty: string;
  columns: TableColumnsType<T>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<LayoutRecord | null>(null);
  const edit = (row: T) => setEditing(kind === 'zone' ? { kind, zone: row as Zone } : { kind, park: row as Park });
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing({ kind } as LayoutRecord)}>
          {t('spaceLayout.add', { noun: t(`spaceLayout.${kind}`) })}
        </Button>
      </Flex>
      <Table<T>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={[
          ...columns,
          {
            title: t('units.actions'),
            key: 'actions',
            width: 96,
            render: (_, row) => (
              <Button type="link" onClick={() => edit(row)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <LayoutFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function ZonesTab() {
  const { t } = useTranslation();
  const zones = useZones();
  return (
    <LayoutTab<Zone>
      kind="zone"
      rows={zones.data?.items ?? []}
      loading={zones.isLoading}
      empty={t('space.noZones')}
      columns={[
        { title: t('space.zoneName'), dataIndex: 'name' },
        { title: t('space.zoneKind'), dataIndex: 'kind', render: (kind: string) => t(`space.zoneKinds.${kind}`) },
        { title: t('spaceLayout.description'), dataIndex: 'description', responsive: ['md'] },
      ]}
    />
  );
}

function ParksTab() {
  const { t } = useTranslation();
  const parks = useParks();
  return (
    <LayoutTab<Park>
      kind="park"
      rows={parks.data?.items ?? []}
      loading={parks.isLoading}
      empty={t('space.noParks')}
      columns={[
        { title: t('space.parkName'), dataIndex: 'name' },
        { title: t('space.zone'), key: 'zone', render: (_, p) => p.zone?.name ?? '—' },
        {
          title: t('space.parkStatus'),
          dataIndex: 'status',
          render: (status: string) => (
            <Tag color={status === 'OPERATING' ? 'green' : undefined}>{t(`space.parkStatuses.${status}`)}</Tag>
          ),
        },
      ]}
    />
  );
}

export function SpacePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  return (
    <Card>
      <PageTitle title={t('space.title')} />
      <Tabs
        activeKey={params.get('tab') ?? 'sites'}
        onChange={(tab) => setParams({ tab }, { replace: true })}
        items={[
          { key: 'sites', label: t('space.sites'), children: <SitesTab /> },
          { key: 'parks', label: t('space.parks'), children: <ParksTab /> },
          { key: 'zones', label: t('space.zones'), children: <ZonesTab /> },
        ]}
      />
    </Card>
  );
}
