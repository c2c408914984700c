import { Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkSearch, type LinkKind } from '../api/search-links';

/** A chosen record with its name, so a draft can show it again without asking the server. */
export interface Labeled {
  value: number;
  label: string;
}

export interface RemoteSelectProps {
  kind: LinkKind;
  id?: string;
  value?: Labeled | null;
  onChange?: (value: Labeled | null) => void;
  placeholder?: string;
  /** Shown before anything is typed. */
  hint?: string;
  /** Shown when a search finds nothing. */
  none?: string;
}

/** Picks one record (enterprise, trip, event, project) by searching the server as the person types. */
export function RemoteSelect({ kind, id, value, onChange, placeholder, hint, none }: RemoteSelectProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  const search = useLinkSearch(kind, debounced);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 300);
    return () => clearTimeout(timer);
  }, [term]);

  const found = search.data ?? [];
  const options = [
    ...(value && !found.some((o) => o.value === value.value)
      ? [{ value: value.value, label: value.label, hint: null }]
      : []),
    ...found,
  ];

  return (
    <Select<Labeled | null>
      id={id}
      showSearch
      allowClear
      labelInValue
      filterOption={false}
      value={value ?? null}
      onChange={(chosen) => onChange?.(chosen ? { value: chosen.value, label: String(chosen.label) } : null)}
      onSearch={setTerm}
      placeholder={placeholder ?? t('visits.form.linkPlaceholder')}
      notFoundContent={
        search.isFetching ? (
          <Spin size="small" />
        ) : debounced ? (
          (none ?? t('visits.form.linkNone'))
        ) : (
          (hint ?? t('visits.form.linkPlaceholder'))
        )
      }
      options={options}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.data.label}</span>
          {option.data.hint && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.hint}
            </Typography.Text>
          )}
        </Flex>
      )}
    />
  );
}
