import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvestorSearch } from '../api/search-investors';

export interface InvestorSelectProps {
  id?: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Names of firms already known (the chosen investors, earlier search results). */
  names: Map<number, string>;
  /** Reports the names of firms a search found, so the form can show them later. */
  onNames: (found: [number, string][]) => void;
}

/** Picks investors from the target library by name, searching the server as the person types. */
export function InvestorSelect({ id, value = [], onChange, names, onNames }: InvestorSelectProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  const search = useInvestorSearch(debounced);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 300);
    return () => clearTimeout(timer);
  }, [term]);

  useEffect(() => {
    if (search.data) onNames(search.data.items.map((firm) => [firm.id, firm.name]));
  }, [search.data, onNames]);

  const found = search.data?.items ?? [];
  const options = [
    ...value
      .filter((v) => !found.some((firm) => firm.id === v))
      .map((v) => ({ value: v, label: names.get(v) ?? `#${v}` })),
    ...found.map((firm) => ({
      value: firm.id,
      label: firm.creditCode ? `${firm.name} (${firm.creditCode})` : firm.name,
    })),
  ];

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      value={value}
      onChange={(ids) => onChange?.(ids)}
      onSearch={setTerm}
      onBlur={() => setTerm('')}
      placeholder={t('projects.form.investorsPlaceholder')}
      notFoundContent={
        search.isFetching ? (
          <Spin size="small" />
        ) : debounced ? (
          t('projects.form.investorsNone')
        ) : (
          t('projects.form.investorsHint')
        )
      }
      options={options}
      maxCount={20}
    />
  );
}
