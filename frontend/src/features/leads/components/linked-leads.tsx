import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LeadListItem } from '../api/types';
import { LinkedList } from '../../../components/responsive-list';
import { LeadStatusTag, NextDue, OverdueFlags } from './lead-flags';

/** The leads a trip or an event brought, each linking to the lead. */
export function LinkedLeads({ leads }: { leads: LeadListItem[] }) {
  const { t } = useTranslation();
  const title = (lead: LeadListItem) => (
    <Flex vertical gap={2}>
      <Link to={`/leads/${lead.id}`}>{lead.title}</Link>
      <OverdueFlags lead={lead} />
    </Flex>
  );
  return (
    <LinkedList<LeadListItem>
      label={t('leads.linked.title')}
      items={leads}
      empty={t('leads.linked.empty')}
      columns={[
        { title: t('leads.fields.title'), key: 'title', render: (_, lead) => title(lead) },
        { title: t('leads.fields.enterprise'), key: 'enterprise', render: (_, lead) => lead.enterpriseName ?? '—' },
        { title: t('leads.fields.receivedOn'), dataIndex: 'receivedOn', width: 120 },
        {
          title: t('leads.fields.status'),
          key: 'status',
          width: 100,
          render: (_, lead) => <LeadStatusTag status={lead.status} />,
        },
        { title: t('leads.fields.nextDue'), key: 'nextDue', width: 150, render: (_, lead) => <NextDue lead={lead} /> },
      ]}
      renderCard={(lead) => (
        <Flex vertical gap={4}>
          {title(lead)}
          <Typography.Text type="secondary">
            {lead.enterpriseName ?? '—'} · {lead.receivedOn}
          </Typography.Text>
          <span>
            <LeadStatusTag status={lead.status} />
          </span>
        </Flex>
      )}
    />
  );
}
