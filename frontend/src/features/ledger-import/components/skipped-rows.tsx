import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SkippedRow } from '../api/types';

/** The rows the import leaves out (totals, notes under the table, blank rows) and why, folded away. */
export function SkippedRows({ skipped }: { skipped: SkippedRow[] }) {
  const { t } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'skipped',
          label: t('ledgerImport.skipped.title', { count: skipped.length }),
          children: (
            <ul aria-label={t('ledgerImport.skipped.label')} style={{ margin: 0, paddingInlineStart: 20 }}>
              {skipped.map((row) => (
                <li key={`${row.row}-${row.reason}`}>
                  <Typography.Text>
                    {t('ledgerImport.skipped.row', { row: row.row, reason: row.reason })}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
