import { Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toDateString } from '../../../lib/format';
import { VISIT_INTENTS, VISIT_KINDS, type VisitFilter } from '../api/types';
import { DateRange } from '../../../components/date-range';
import { codeOptions } from '../../../lib/select-options';
import { FilterSwitch } from '../../../components/list-parts';

export interface VisitFiltersProps {
  filter: VisitFilter;
  onChange: (patch: Partial<VisitFilter>) => void;
  phone: boolean;
}

export function VisitFilters({ filter, onChange, phone }: VisitFiltersProps) {
  const { t } = useTranslation();
  const wide = phone ? { width: '100%' } : undefined;
  const toggle = (key: 'mine' | 'followUpOpen') => (
    <FilterSwitch
      id={`visits-filter-${key}`}
      label={t(`visits.filters.${key}`)}
      checked={!!filter[key]}
      onChange={(on) => onChange({ [key]: on || undefined })}
    />
  );

  const choose = <K extends 'kind' | 'intent'>(
    key: K,
    values: readonly NonNullable<VisitFilter[K]>[],
    labels: string,
  ) => (
    <Select<NonNullable<VisitFilter[K]>>
      allowClear
      placeholder={t(`visits.fields.${key}`)}
      aria-label={t(`visits.fields.${key}`)}
      style={phone ? { flex: 1, minWidth: 140 } : { minWidth: 130 }}
      value={filter[key] as NonNullable<VisitFilter[K]> | undefined}
      onChange={(value?: NonNullable<VisitFilter[K]>) => onChange({ [key]: value })}
      options={codeOptions(t, values, labels)}
    />
  );

  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        // Remount when the URL's q changes from outside (back button), so the box shows it.
        key={filter.q ?? ''}
        allowClear
        defaultValue={filter.q}
        placeholder={t('visits.filters.searchPlaceholder')}
        aria-label={t('visits.filters.search')}
        style={phone ? wide : { maxWidth: 320 }}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        enterButton
      />
      {choose('kind', VISIT_KINDS, 'visits.kinds')}
      {choose('intent', VISIT_INTENTS, 'visits.intents')}
      <DateRange
        aria-label={t('visits.filters.dateRange')}
        placeholder={[t('visits.filters.from'), t('visits.filters.to')]}
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        inputReadOnly={phone}
        style={wide}
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        onChange={(range) =>
          onChange({
            from: range?.[0] ? toDateString(range[0]) : undefined,
            to: range?.[1] ? toDateString(range[1]) : undefined,
          })
        }
      />
      {toggle('mine')}
      {toggle('followUpOpen')}
    </Flex>
  );
}
