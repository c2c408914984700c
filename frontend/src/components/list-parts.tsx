import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import type { SelectProps } from 'antd';
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

/** A list page's title with its export and create buttons on the right (below it on a phone). */
export function ListHeader({ title, addLabel, onAdd, listUrl }: ListHeaderProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Flex wrap gap={8}>
        {listUrl && <ExcelExportButton listUrl={listUrl} />}
        {addLabel && onAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Flex>
    </Flex>
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
