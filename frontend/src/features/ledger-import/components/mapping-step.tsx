import { Alert, Button, Empty, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerFieldCode, LedgerPreview } from '../api/types';
import { columnLetter, duplicateFields, missingRequired, type Mapping } from '../lib/mapping';
import { isMonthDisabled, monthDay } from '../lib/month';
import { ColumnMappingTable } from './column-mapping-table';
import { DetectedSheet } from './detected-sheet';
import { fieldLabel } from './field-label';
import { MonthField } from './month-field';

export interface MappingStepProps {
  preview: LedgerPreview;
  mapping: Mapping;
  month?: string;
  monthEdited: boolean;
  reading: boolean;
  onSheet: (sheet: string) => void;
  onMap: (index: number, field: LedgerFieldCode | null) => void;
  onMonth: (month: string) => void;
  onOtherFile: () => void;
  onCheck: () => void;
}

/** Step 2: what was detected, the month, and which column is which field; the check waits until it all holds. */
export function MappingStep({
  preview,
  mapping,
  month,
  monthEdited,
  reading,
  onSheet,
  onMap,
  onMonth,
  onOtherFile,
  onCheck,
}: MappingStepProps) {
  const { t } = useTranslation();
  const list = (items: string[]) => items.join(t('ledgerImport.listSeparator'));
  const empty = preview.dataRows === 0;
  const missing = missingRequired(preview.fields, mapping);
  const duplicates = duplicateFields(mapping);
  const monthUsable = Boolean(month && !isMonthDisabled(monthDay(month), preview.closedMonths));
  const label = (code: LedgerFieldCode) => {
    const field = preview.fields.find((f) => f.field === code);
    return field ? fieldLabel(t, field) : code;
  };
  const ready = !empty && missing.length === 0 && duplicates.length === 0 && monthUsable && !reading;

  return (
    <Spin spinning={reading} tip={t('ledgerImport.upload.reading')}>
      <Flex vertical gap={12}>
        <DetectedSheet preview={preview} reading={reading} onSheet={onSheet} />
        {preview.remembered && <Alert type="info" showIcon message={t('ledgerImport.mapping.remembered')} />}
        <MonthField
          month={month}
          source={monthEdited ? undefined : preview.monthSource}
          closedMonths={preview.closedMonths}
          onChange={onMonth}
        />
        {empty ? (
          <Empty description={t('ledgerImport.mapping.empty')} />
        ) : (
          <>
            {missing.length > 0 && (
              <Alert
                type="error"
                showIcon
                role="alert"
                message={t('ledgerImport.mapping.missing', { fields: list(missing.map((f) => fieldLabel(t, f))) })}
              />
            )}
            {duplicates.map(({ field, columns }) => (
              <Alert
                key={field}
                type="error"
                showIcon
                role="alert"
                message={t('ledgerImport.mapping.duplicate', {
                  field: label(field),
                  columns: list(columns.map(columnLetter)),
                })}
              />
            ))}
            <ColumnMappingTable preview={preview} mapping={mapping} onChange={onMap} />
          </>
        )}
        <Flex justify="space-between" wrap gap={8}>
          <Button onClick={onOtherFile}>{t('ledgerImport.otherFile')}</Button>
          <Button type="primary" disabled={!ready} onClick={onCheck}>
            {t('ledgerImport.mapping.check')}
          </Button>
        </Flex>
      </Flex>
    </Spin>
  );
}
