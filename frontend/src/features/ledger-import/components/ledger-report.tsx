import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerReport, UnresolvedName } from '../api/types';
import type { NameChoice, NameChoices } from '../lib/resolutions';
import { IssueTable } from './issue-table';
import { SkippedRows } from './skipped-rows';
import { TotalsMismatches } from './totals-mismatches';
import { UnresolvedNames } from './unresolved-names';

export interface LedgerReportViewProps {
  report: LedgerReport;
  /** Without them the unknown names are not offered for resolving (an import refused after its check). */
  resolve?: {
    choices: NameChoices;
    checking: boolean;
    onChoose: (name: UnresolvedName, choice: NameChoice) => void;
    onRecheck: () => void;
  };
}

/** A check's report: the verdict and counts, the unknown names to resolve, errors, warnings and skipped rows. */
export function LedgerReportView({ report, resolve }: LedgerReportViewProps) {
  const { t } = useTranslation();
  const unresolved = report.unresolved ?? [];
  const warnings = report.warnings ?? [];
  const counts = { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged };
  const problems = [
    report.errors.length > 0 ? t('ledgerImport.report.errorCount', { count: report.errors.length }) : null,
    unresolved.length > 0 ? t('ledgerImport.report.nameCount', { count: unresolved.length }) : null,
  ].filter(Boolean);
  const rejected = problems.length
    ? t('ledgerImport.report.rejected', { rows: report.rows, problems: problems.join(t('ledgerImport.listSeparator')) })
    : t('ledgerImport.report.rejectedPlain');
  return (
    <Flex vertical gap={12}>
      {report.status === 'REJECTED' ? (
        <Alert type="error" showIcon message={rejected} />
      ) : (
        <Alert type="success" showIcon message={t('ledgerImport.report.valid', counts)} />
      )}
      {unresolved.length > 0 && resolve && <UnresolvedNames unresolved={unresolved} {...resolve} />}
      {report.errors.length > 0 && (
        <>
          <Typography.Text strong>
            {t('ledgerImport.report.errorsTitle', { count: report.errors.length })}
          </Typography.Text>
          <IssueTable issues={report.errors} label={t('ledgerImport.report.errorsLabel')} />
        </>
      )}
      <TotalsMismatches totals={report.totals ?? []} />
      {warnings.length > 0 && (
        <>
          <Typography.Text strong>{t('ledgerImport.report.warningsTitle', { count: warnings.length })}</Typography.Text>
          <IssueTable issues={warnings} label={t('ledgerImport.report.warningsLabel')} />
        </>
      )}
      <SkippedRows skipped={report.skipped ?? []} />
    </Flex>
  );
}
