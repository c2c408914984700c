import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../../lib/format';
import { FilterBar, FilterSelect, FilterSwitch } from '../../../components/list-parts';
import type { UrlFilter } from '../../../lib/use-url-filter';
import { LEAD_SOURCES, LEAD_STATUSES } from '../api/types';
import { DateRange } from '../../../components/date-range';
import { codeOptions } from '../../../lib/select-options';

export const LEAD_FILTER_KEYS = ['q', 'status', 'source', 'overdue', 'from', 'to', 'sort'] as const;
export type LeadUrlFilter = UrlFilter<(typeof LEAD_FILTER_KEYS)[number]>;

export interface LeadFiltersProps {
  filter: LeadUrlFilter;
  onChange: (patch: Partial<LeadUrlFilter>) => void;
}

/** Search, status, source, overdue and the received-date range; every choice goes into the URL. */
export function LeadFilters({ filter, onChange }: LeadFiltersProps) {
  const { t } = useTranslation();
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filter.from ? dayjs(filter.from) : null,
    filter.to ? dayjs(filter.to) : null,
  ];
  return (
    <FilterBar texts="leads" q={filter.q} onSearch={(q) => onChange({ q })}>
      <FilterSelect
        label={t('leads.fields.status')}
        minWidth={120}
        value={filter.status}
        onChange={(status?: string) => onChange({ status })}
        options={codeOptions(t, LEAD_STATUSES, 'leads.statuses')}
      />
      <FilterSelect
        label={t('leads.fields.source')}
        minWidth={140}
        value={filter.source}
        onChange={(source?: string) => onChange({ source })}
        options={codeOptions(t, LEAD_SOURCES, 'leads.sources')}
      />
      <DateRange
        allowEmpty={[true, true]}
        format={DATE_FORMAT}
        value={range}
        aria-label={t('leads.fields.receivedOn')}
        placeholder={[t('leads.filters.from'), t('leads.filters.to')]}
        onChange={(dates) =>
          onChange({
            from: dates?.[0]?.format(DATE_FORMAT) ?? undefined,
            to: dates?.[1]?.format(DATE_FORMAT) ?? undefined,
          })
        }
      />
      <FilterSwitch
        id="leads-filter-overdue"
        label={t('leads.filters.overdueOnly')}
        checked={filter.overdue === 'true'}
        onChange={(on) => onChange({ overdue: on ? 'true' : undefined })}
      />
    </FilterBar>
  );
}
