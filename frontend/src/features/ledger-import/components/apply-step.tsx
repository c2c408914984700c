import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../../components/job-progress';
import { ledgerErrorMessage } from '../lib/ledger-error';
import type { LedgerRequest } from '../api/types';
import { DownloadAnnotatedButton } from './download-annotated-button';
import { LedgerReportView } from './ledger-report';
import type { FollowedJob } from './use-ledger-wizard';

export interface ApplyStepProps {
  apply: FollowedJob;
  checked?: LedgerRequest;
  onBack: () => void;
  onClose: () => void;
}

/** Step 4: the import runs as a job; done, it says what was written. */
export function ApplyStep({ apply, checked, onBack, onClose }: ApplyStepProps) {
  const { t } = useTranslation();
  const { report, failure, working } = apply;
  if (report?.status === 'APPLIED') {
    return (
      <Result
        status="success"
        title={t('ledgerImport.applied.title')}
        subTitle={t('ledgerImport.applied.summary', {
          month: report.month ?? checked?.month,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        })}
        extra={
          <Button type="primary" onClick={onClose}>
            {t('ledgerImport.close')}
          </Button>
        }
      />
    );
  }
  return (
    <Flex vertical gap={12}>
      {failure ? <Alert type="error" showIcon message={ledgerErrorMessage(t, failure)} /> : null}
      {working && <JobProgress job={apply.job} />}
      {/* Refused at the import although the check passed (the data changed in between): check again from the mapping. */}
      {report && !working && (
        <>
          <Alert type="warning" showIcon message={t('ledgerImport.applied.refused')} />
          <LedgerReportView report={report} />
        </>
      )}
      {!working && (
        <Flex justify="space-between" wrap gap={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            {t('ledgerImport.backToMapping')}
          </Button>
          {report && checked && report.errors.length > 0 && <DownloadAnnotatedButton request={checked} />}
        </Flex>
      )}
    </Flex>
  );
}
