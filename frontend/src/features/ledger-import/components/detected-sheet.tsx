import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerPreview } from '../api/types';
import { LabelledField } from './labelled-field';
import { SkippedRows } from './skipped-rows';

export interface DetectedSheetProps {
  preview: LedgerPreview;
  /** Reading another sheet. */
  reading: boolean;
  onSheet: (sheet: string) => void;
}

/** Header rows "3–4" or "3". */
export const headerRowsText = (rows: number[]) =>
  rows.length > 1 ? `${rows[0]}\u2013${rows[rows.length - 1]}` : String(rows[0] ?? '');

/** What the server found in the file: the sheet (another can be chosen), its title, header rows, rows, skipped rows. */
export function DetectedSheet({ preview, reading, onSheet }: DetectedSheetProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={16} align="center">
        <LabelledField label={t('ledgerImport.detected.sheet')} htmlFor="ledger-sheet">
          <Select
            id="ledger-sheet"
            style={{ minWidth: 180 }}
            value={preview.sheet}
            loading={reading}
            disabled={reading}
            onChange={onSheet}
            options={preview.sheets.map((sheet) => ({ value: sheet, label: sheet }))}
          />
        </LabelledField>
        <Typography.Text data-testid="ledger-header-rows">
          {t('ledgerImport.detected.headerRows', { rows: headerRowsText(preview.headerRows) })}
        </Typography.Text>
        <Typography.Text data-testid="ledger-data-rows">
          {t('ledgerImport.detected.dataRows', { count: preview.dataRows })}
        </Typography.Text>
      </Flex>
      {preview.title && (
        <Typography.Text type="secondary">{t('ledgerImport.detected.title', { title: preview.title })}</Typography.Text>
      )}
      <SkippedRows skipped={preview.skipped} />
    </Flex>
  );
}
