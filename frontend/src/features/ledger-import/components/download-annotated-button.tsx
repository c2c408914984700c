import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import { ledgerErrorMessage } from '../lib/ledger-error';
import { downloadAnnotatedLedger } from '../api/download-annotated-ledger';
import type { LedgerRequest } from '../api/types';

/** The checked sheet back as an .xlsx with a column explaining each row's errors, to fix in Excel. */
export function DownloadAnnotatedButton({ request }: { request: LedgerRequest }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      icon={<DownloadOutlined />}
      fetch={() => downloadAnnotatedLedger(request)}
      describeError={(error) => ledgerErrorMessage(t, error)}
    >
      {t('ledgerImport.report.download')}
    </DownloadButton>
  );
}
