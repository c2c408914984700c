import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../../components/job-progress';
import { ledgerErrorMessage } from '../lib/ledger-error';
import type { LedgerRequest, UnresolvedName } from '../api/types';
import type { NameChoice, NameChoices } from '../lib/resolutions';
import { DownloadAnnotatedButton } from './download-annotated-button';
import { LedgerReportView } from './ledger-report';
import type { FollowedJob } from './use-ledger-wizard';

export interface CheckStepProps {
  check: FollowedJob;
  /** What the check sent: the annotated download sends it again. */
  checked?: LedgerRequest;
  choices: NameChoices;
  onChoose: (name: UnresolvedName, choice: NameChoice) => void;
  onRecheck: () => void;
  onApply: () => void;
  onBack: () => void;
}

/** Step 3: the check runs as a job (nothing written); its report, and from there back, again, or on to the import. */
export function CheckStep({ check, checked, choices, onChoose, onRecheck, onApply, onBack }: CheckStepProps) {
  const { t } = useTranslation();
  const { report, failure, working } = check;
  const annotated = Boolean(report && (report.errors.length > 0 || (report.unresolved ?? []).length > 0));
  return (
    <Flex vertical gap={12}>
      {failure ? <Alert type="error" showIcon message={ledgerErrorMessage(t, failure)} /> : null}
      {working && <JobProgress job={check.job} />}
      {report && !working && (
        <LedgerReportView report={report} resolve={{ choices, checking: working, onChoose, onRecheck }} />
      )}
      <Flex justify="space-between" wrap gap={8}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('ledgerImport.backToMapping')}
        </Button>
        <Flex wrap gap={8}>
          {annotated && checked && !working && <DownloadAnnotatedButton request={checked} />}
          {report?.status === 'VALID' && !working && (
            <Button type="primary" onClick={onApply}>
              {t('ledgerImport.report.apply')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}
