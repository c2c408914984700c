import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TotalsMismatch } from '../api/types';

/** Totals rows of the sheet that do not add up: a warning, the import goes on. */
export function TotalsMismatches({ totals }: { totals: TotalsMismatch[] }) {
  const { t } = useTranslation();
  if (totals.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={t('ledgerImport.report.totalsTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {totals.map((total) => (
            <li key={`${total.row}-${total.column}`}>
              {t('ledgerImport.report.totals', {
                row: total.row,
                column: total.column,
                sheet: total.sheet,
                rows: total.rows,
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
