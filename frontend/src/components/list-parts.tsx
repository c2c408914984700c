import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Switch, Typography } from 'antd';
import type { SelectProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcelExportButton } from './excel-export-button';

export interface ListHeaderProps {
  title: string;
  /** The create button's text; no button when the person may not create. */
  addLabel?: string;
  onAdd?: () => void;
  /** The API URL of the list on screen: with it, the Excel export exports those rows. */
  listUrl?: string;
}

export interface PageHeaderProps {
  title: ReactNode;
  /** The space below the header, in pixels. */
  marginBottom?: number;
  /** The page's controls, on the right of the title (below it on a phone). */
  children?: ReactNode;
}

/** A page's title with its controls on the right (below it on a phone). */
export function PageHeader({ title, marginBottom = 12, children }: PageHeaderProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

/** A settings page's title, with what the page is for in a line below it. */
export function PageTitle({ title, intro }: { title: string; intro?: string }) {
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
    </>
  );
}

/** A list page's title with its export and create buttons on the right (below it on a phone). */
export function ListHeader({ title, addLabel, onAdd, listUrl }: ListHeaderProps) {
  return (
    <PageHeader title={title}>
      <Flex wrap gap={8}>
        {listUrl && <ExcelExportButton listUrl={listUrl} />}
        {addLabel && onAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Flex>
    </PageHeader>
  );
}

export interface SearchBoxProps {
  value?: string;
  label: string;
  placeholder: string;
  onSearch: (q: string | undefined) => void;
}

/** The list's free-text search; Enter or the button searches, clearing removes the term. */
export function SearchBox({ value, label, placeholder, onSearch }: SearchBoxProps) {
  return (
    <Input.Search
      allowClear
      enterButton
      defaultValue={value}
      placeholder={placeholder}
      aria-label={label}
      style={{ maxWidth: 340 }}
      onSearch={(q) => onSearch(q.trim() || undefined)}
    />
  );
}

export interface RowEditButtonProps {
  name: string;
  loading: boolean;
  onClick: () => void;
}

/** A row's edit button, named after the row for screen readers. */
export function RowEditButton({ name, loading, onClick }: RowEditButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      size="small"
      icon={<EditOutlined />}
      loading={loading}
      aria-label={`${t('common.edit')} ${name}`}
      onClick={onClick}
    >
      {t('common.edit')}
    </Button>
  );
}

export interface FilterSelectProps<V> extends Omit<SelectProps<V>, 'placeholder' | 'aria-label' | 'allowClear'> {
  /** What the filter chooses: shown while nothing is chosen, and its accessible name. */
  label: string;
  minWidth?: number;
}

/** One of a list's filters: a choice named by its label, cleared to show all. */
export function FilterSelect<V>({ label, minWidth, style, ...props }: FilterSelectProps<V>) {
  return <Select<V> allowClear placeholder={label} aria-label={label} style={{ minWidth, ...style }} {...props} />;
}

export interface FilterSwitchProps {
  /** The switch's id, which its label names. */
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}

/** One of a list's on/off filters, its label beside it. */
export function FilterSwitch({ id, label, checked, onChange }: FilterSwitchProps) {
  return (
    <Flex align="center" gap={6}>
      <Switch id={id} checked={checked} onChange={onChange} />
      <label htmlFor={id}>{label}</label>
    </Flex>
  );
}

export interface FilterBarProps {
  /** The list's texts in the translations: its search is named <texts>.search, hinted by <texts>.searchPlaceholder. */
  texts: string;
  /** The search term, as in the URL. */
  q?: string;
  onSearch: (q: string | undefined) => void;
  /** The list's other filters, after its search. */
  children?: ReactNode;
}

/** A list's filter row: its free-text search first, then its other filters; it wraps on a narrow screen. */
export function FilterBar({ texts, q, onSearch, children }: FilterBarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
      <SearchBox
        value={q}
        label={t(`${texts}.search`)}
        placeholder={t(`${texts}.searchPlaceholder`)}
        onSearch={onSearch}
      />
      {children}
    </Flex>
  );
}

const YEARS_BACK = 8;

/** This year and the years before it, newest first, after the "all years" choice (the empty value). */
const yearOptions = (thisYear: number, allLabel: string) => [
  { value: '', label: allLabel },
  ...Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y })),
];

export interface YearFilterProps {
  /** The list's texts in the translations: <texts>.filters.year names the filter, <texts>.filters.allYears is "all". */
  texts: string;
  thisYear: number;
  /** The year chosen, as in the URL; none shows every year. */
  value?: string;
  /** Gets the year, or '' for every year. */
  onChange: (year: string) => void;
}

/** A list's year filter: this year and the ones before it, or all of them. */
export function YearFilter({ texts, thisYear, value, onChange }: YearFilterProps) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t(`${texts}.filters.year`)}
      style={{ minWidth: 110 }}
      value={value ?? ''}
      onChange={onChange}
      options={yearOptions(thisYear, t(`${texts}.filters.allYears`))}
    />
  );
}

/** The year a YearFilter keeps in the URL, as the API takes it: none when "all years" or malformed. */
export const yearOf = (value?: string) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);
