import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RemoteOption {
  value: number;
  label: string;
  /** A second line under the label: a firm's credit code, a trip's dates. */
  hint?: string | null;
}

export interface RemoteSelectProps {
  id?: string;
  value?: number | null;
  /** The chosen value, and its option (absent when cleared). */
  onChange?: (value: number | undefined, option?: RemoteOption) => void;
  /** Cache key of the search; the typed term is appended. */
  queryKey: readonly unknown[];
  /** Finds records matching a term (blank: the most recent ones). */
  search: (term: string) => Promise<RemoteOption[]>;
  /** The label of the value as it was given (loaded or kept in a draft), before any search. */
  initialLabel?: string | null;
  placeholder?: string;
  /** Search only once something is typed (large lists such as the enterprise library). */
  needsTerm?: boolean;
  /** Shown before anything is typed, when a term is needed. */
  typeToSearch?: string;
  /** Shown when a search finds nothing. */
  none?: string;
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
  typeToSearch,
  none,
  disabled,
  'aria-label': ariaLabel,
}: RemoteSelectProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  const [known, setKnown] = useState<RemoteOption>();

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 300);
    return () => clearTimeout(timer);
  }, [term]);

  const found = useQuery({
    queryKey: [...queryKey, 'search', debounced],
    queryFn: () => search(debounced),
    enabled: needsTerm ? debounced.length > 0 : open || debounced.length > 0,
    staleTime: 30_000,
    // Offline, try anyway: the search says it failed (or answers from the device) instead of pausing unseen.
    networkMode: 'always',
  });

  const results = found.data ?? [];
  const selected =
    value == null
      ? undefined
      : (results.find((o) => o.value === value) ??
        (known?.value === value ? known : undefined) ??
        (initialLabel ? { value, label: initialLabel } : undefined));
  const options = selected && !results.some((o) => o.value === selected.value) ? [selected, ...results] : results;

  return (
    <Select<number, RemoteOption>
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
        const option = options.find((o) => o.value === next);
        setKnown(option);
        onChange?.(next, option);
      }}
      notFoundContent={
        found.isFetching ? (
          <Spin size="small" />
        ) : found.isError ? (
          t('common.picker.failed')
        ) : needsTerm && !debounced ? (
          (typeToSearch ?? t('common.picker.typeToSearch'))
        ) : (
          (none ?? t('common.picker.none'))
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
      style={{ width: '100%' }}
    />
  );
}
