import { api, type PageOf } from '../../../lib/api-client';
import { listQuery, pickerSearch, useListPage } from '../../../lib/list-query';
import type { LeadFilter, LeadListItem } from './types';

export const leadsUrl = (f: LeadFilter) =>
  `/api/leads${listQuery({
    q: f.q,
    status: f.status,
    source: f.source,
    overdue: f.overdue || undefined,
    from: f.from,
    to: f.to,
    sort: f.sort,
    page: f.page,
    size: f.size,
  })}`;

export const getLeads = (filter: LeadFilter) => api<PageOf<LeadListItem>>(leadsUrl(filter));

export const useLeads = (filter: LeadFilter) => useListPage('leads', filter, getLeads);

/** Leads matching a term, for pickers (a project's source lead). */
export const searchLeads = pickerSearch(getLeads, (lead) =>
  lead.enterpriseName ? `${lead.title} (${lead.enterpriseName})` : lead.title,
);
