import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RemoteOption {
  value: number;
  label: string;
}

export interface RemoteSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Cache key of the search; the typed term is appended. */
  queryKey: readonly unknown[];
  /** Finds records matching a term (blank: the most recent ones). */
  search: (term: string) => Promise<RemoteOption[]>;
  /** The label of the value as it was loaded, before any search. */
  initialLabel?: string | null;
  placeholder?: string;
  /** Search only once something is typed (large lists such as the enterprise library). */
  needsTerm?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
}

/** Picks one record by searching the server as the person types; waits 300 ms between keystrokes. */
export function RemoteSelect({
  id,
  value,
  onChange,
  queryKey,
  search,
  initialLabel,
  placeholder,
  needsTerm = false,
  disabled,
  'aria-label': ariaLabel,
}: RemoteSelectProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  const [known, setKnown] = useState<RemoteOption | undefined>(
    value != null && initialLabel ? { value, label: initialLabel } : undefined,
  );

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 300);
    return () => clearTimeout(timer);
  }, [term]);

  const found = useQuery({
    queryKey: [...queryKey, 'search', debounced],
    queryFn: () => search(debounced),
    enabled: needsTerm ? debounced.length > 0 : open || debounced.length > 0,
    staleTime: 30_000,
  });

  const results = found.data ?? [];
  const selected =
    value == null
      ? undefined
      : (results.find((o) => o.value === value) ?? (known?.value === value ? known : undefined));
  const options = selected && !results.some((o) => o.value === selected.value) ? [selected, ...results] : results;

  return (
    <Select<number>
      id={id}
      aria-label={ariaLabel}
      showSearch
      allowClear
      disabled={disabled}
      filterOption={false}
      value={value ?? undefined}
      placeholder={placeholder}
      onOpenChange={setOpen}
      onSearch={setTerm}
      onChange={(next?: number) => {
        setKnown(options.find((o) => o.value === next));
        onChange?.(next);
      }}
      notFoundContent={
        found.isFetching ? (
          <Spin size="small" />
        ) : found.isError ? (
          t('leads.picker.failed')
        ) : needsTerm && !debounced ? (
          t('leads.picker.typeToSearch')
        ) : (
          t('leads.picker.none')
        )
      }
      options={options}
      style={{ width: '100%' }}
    />
  );
}
