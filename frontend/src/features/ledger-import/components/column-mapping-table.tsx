import { Flex, Grid, Select, Table, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerColumn, LedgerFieldCode, LedgerPreview } from '../api/types';
import { columnLetter, sampleValues, type Mapping } from '../lib/mapping';
import { fieldLabel } from './field-label';

/** The Select's value for "not imported" (a Select cannot hold null). */
const NONE = '__none__';

/** One value on one line, cut with an ellipsis (the whole value on hover). */
const SAMPLE_STYLE = { maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

type FieldOption = { value: string; label: string; required?: boolean };

export interface ColumnMappingTableProps {
  preview: LedgerPreview;
  mapping: Mapping;
  onChange: (index: number, field: LedgerFieldCode | null) => void;
}

function Samples({ values }: { values: string[] }) {
  const { t } = useTranslation();
  if (values.length === 0)
    return <Typography.Text type="secondary">{t('ledgerImport.mapping.noSamples')}</Typography.Text>;
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      {values.map((value, i) => (
        <span key={i} title={value} style={SAMPLE_STYLE}>
          {value}
        </span>
      ))}
    </Flex>
  );
}

/** The column's header, its Excel letter and, for an amount in another unit, the factor it is converted by. */
function ColumnName({ column, header }: { column: LedgerColumn; header: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>{header}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ledgerImport.mapping.letter', { letter: columnLetter(column.index) })}
        {column.multiplier != null && Number(column.multiplier) !== 1 && (
          <Tag style={{ marginInlineStart: 6 }}>
            {t('ledgerImport.mapping.multiplier', { multiplier: column.multiplier })}
          </Tag>
        )}
      </Typography.Text>
    </Flex>
  );
}

interface FieldSelectProps {
  header: string;
  value: LedgerFieldCode | null | undefined;
  options: FieldOption[];
  onChange: (field: LedgerFieldCode | null) => void;
}

function FieldSelect({ header, value, options, onChange }: FieldSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('ledgerImport.mapping.fieldFor', { header })}
      style={{ width: '100%' }}
      showSearch
      optionFilterProp="label"
      popupMatchSelectWidth={false}
      value={value ?? NONE}
      onChange={(chosen: string) => onChange(chosen === NONE ? null : (chosen as LedgerFieldCode))}
      options={options}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <span>{option.label}</span>
          {option.data.required && <Tag color="red">{t('ledgerImport.mapping.required')}</Tag>}
        </Flex>
      )}
    />
  );
}

/** Each column of the sheet: its header, what it is imported as, and what the first rows hold in it. */
export function ColumnMappingTable({ preview, mapping, onChange }: ColumnMappingTableProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // On a phone a table of three columns does not fit 390 px: one block per sheet column instead.
  const narrow = Grid.useBreakpoint().sm === false;
  const options: FieldOption[] = [
    { value: NONE, label: t('ledgerImport.mapping.none') },
    ...preview.fields.map((field) => ({ value: field.field, label: fieldLabel(t, field), required: field.required })),
  ];
  const headerOf = (column: LedgerColumn) => column.header || t('ledgerImport.mapping.noHeader');
  const select = (column: LedgerColumn) => (
    <FieldSelect
      header={headerOf(column)}
      value={mapping[String(column.index)]}
      options={options}
      onChange={(field) => onChange(column.index, field)}
    />
  );

  if (narrow) {
    return (
      <Flex vertical role="list" aria-label={t('ledgerImport.mapping.tableLabel')}>
        {preview.columns.map((column) => (
          <Flex
            key={column.index}
            role="listitem"
            vertical
            gap={6}
            style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}
          >
            <ColumnName column={column} header={headerOf(column)} />
            {select(column)}
            <Samples values={sampleValues(preview, column.index, 2)} />
          </Flex>
        ))}
      </Flex>
    );
  }

  return (
    <Table<LedgerColumn>
      size="small"
      rowKey="index"
      aria-label={t('ledgerImport.mapping.tableLabel')}
      dataSource={preview.columns}
      pagination={false}
      columns={[
        {
          key: 'header',
          title: t('ledgerImport.mapping.header'),
          render: (_, column) => <ColumnName column={column} header={headerOf(column)} />,
        },
        { key: 'field', title: t('ledgerImport.mapping.field'), width: 240, render: (_, column) => select(column) },
        {
          key: 'samples',
          title: t('ledgerImport.mapping.samples'),
          render: (_, column) => <Samples values={sampleValues(preview, column.index)} />,
        },
      ]}
    />
  );
}
