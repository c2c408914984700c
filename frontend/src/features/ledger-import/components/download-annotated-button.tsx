import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../../lib/download';
import { ledgerErrorMessage } from '../lib/ledger-error';
import { downloadAnnotatedLedger } from '../api/download-annotated-ledger';
import type { LedgerRequest } from '../api/types';

/** The checked sheet back as an .xlsx with a column explaining each row's errors, to fix in Excel. */
export function DownloadAnnotatedButton({ request }: { request: LedgerRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      saveFile(await downloadAnnotatedLedger(request));
    } catch (error) {
      void message.error(ledgerErrorMessage(t, error), 8);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t('ledgerImport.report.download')}
    </Button>
  );
}
