import { Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney } from '../../../lib/format';
import { leadsUrl, useLeads } from '../api/get-leads';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  type LeadFilter,
  type LeadListItem,
  type LeadSource,
  type LeadStatus,
} from '../api/types';
import { ListHeader } from '../../../components/list-parts';
import { QueryError } from '../../../components/query-error';
import { ResponsiveList } from '../../../components/responsive-list';
import { useCanWrite } from '../../auth';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { LEAD_FILTER_KEYS, LeadFilters, type LeadUrlFilter } from './lead-filters';
import { LeadFormModal } from './lead-form-modal';
import { LeadStatusTag, NextDue, OverdueFlags } from './lead-flags';
import { listPaging, sortParam } from '../../../lib/table-query';

const SORTS = ['receivedOn', '-receivedOn', 'nextDueOn', '-nextDueOn'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The URL's filter as the API takes it; anything unknown in the URL is ignored. */
function toApiFilter(f: LeadUrlFilter): LeadFilter {
  const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    allowed.includes(value as T) ? (value as T) : undefined;
  return {
    q: f.q,
    status: oneOf<LeadStatus>(f.status, LEAD_STATUSES),
    source: oneOf<LeadSource>(f.source, LEAD_SOURCES),
    overdue: f.overdue === 'true' || undefined,
    from: f.from && DATE.test(f.from) ? f.from : undefined,
    to: f.to && DATE.test(f.to) ? f.to : undefined,
    sort: oneOf(f.sort, SORTS),
    page: f.page,
    size: f.size,
  };
}

function LeadTitle({ lead }: { lead: LeadListItem }) {
  return (
    <Flex vertical gap={4}>
      <Link to={`/leads/${lead.id}`}>{lead.title}</Link>
      {lead.enterpriseName && <Typography.Text type="secondary">{lead.enterpriseName}</Typography.Text>}
      <OverdueFlags lead={lead} />
    </Flex>
  );
}

export function LeadsPage() {
  const { t } = useTranslation();
  const [urlFilter, setFilter] = useUrlFilter(LEAD_FILTER_KEYS);
  const filter = toApiFilter(urlFilter);
  const leads = useLeads(filter);
  const { canWrite } = useCanWrite();
  const [adding, setAdding] = useState(false);
  const sortOrder = (key: string) =>
    filter.sort === key ? ('ascend' as const) : filter.sort === `-${key}` ? ('descend' as const) : null;
  const filtered = !!(filter.q || filter.status || filter.source || filter.overdue || filter.from || filter.to);

  return (
    <Card>
      <ListHeader
        title={t('leads.title')}
        listUrl={leadsUrl(filter)}
        addLabel={canWrite ? t('leads.add') : undefined}
        onAdd={() => setAdding(true)}
      />
      <LeadFilters filter={urlFilter} onChange={setFilter} />
      {leads.isError && <QueryError error={leads.error} onRetry={() => void leads.refetch()} />}
      <ResponsiveList<LeadListItem>
        label={t('leads.title')}
        rowKey={(lead) => lead.id}
        items={leads.data?.items ?? []}
        loading={leads.isFetching}
        empty={t(filtered ? 'leads.emptyFiltered' : 'leads.empty')}
        scrollX={1000}
        paging={listPaging({ t, texts: 'leads', filter, data: leads.data, onChange: setFilter })}
        onTableChange={(_, __, sorter, { action }) => {
          if (action === 'sort') setFilter({ sort: sortParam(sorter) });
        }}
        columns={[
          { title: t('leads.fields.title'), key: 'title', render: (_, lead) => <LeadTitle lead={lead} /> },
          {
            title: t('leads.fields.source'),
            key: 'source',
            width: 120,
            render: (_, lead) => t(`leads.sources.${lead.source}`),
          },
          {
            title: t('leads.fields.receivedOn'),
            key: 'receivedOn',
            width: 120,
            sorter: true,
            sortOrder: sortOrder('receivedOn'),
            render: (_, lead) => lead.receivedOn,
          },
          {
            title: t('leads.fields.status'),
            key: 'status',
            width: 100,
            render: (_, lead) => <LeadStatusTag status={lead.status} />,
          },
          {
            title: t('leads.fields.nextDue'),
            key: 'nextDueOn',
            width: 160,
            sorter: true,
            sortOrder: sortOrder('nextDueOn'),
            render: (_, lead) => <NextDue lead={lead} />,
          },
          {
            title: t('leads.fields.industry'),
            key: 'industry',
            width: 130,
            render: (_, lead) => lead.industryName ?? '—',
          },
          {
            title: t('leads.fields.estimatedInvestment'),
            key: 'estimatedInvestment',
            width: 140,
            align: 'right',
            render: (_, lead) => formatMoney(lead.estimatedInvestment),
          },
          { title: t('leads.fields.unit'), dataIndex: 'unitName', width: 120 },
        ]}
        renderCard={(lead) => (
          <Flex vertical gap={6}>
            <LeadTitle lead={lead} />
            <Space size={8} wrap>
              <LeadStatusTag status={lead.status} />
              <Typography.Text type="secondary">
                {t(`leads.sources.${lead.source}`)} · {lead.receivedOn}
              </Typography.Text>
            </Space>
            {lead.nextDue && (
              <span>
                {t('leads.fields.nextDue')}: <NextDue lead={lead} />
              </span>
            )}
          </Flex>
        )}
      />
      {adding && <LeadFormModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
