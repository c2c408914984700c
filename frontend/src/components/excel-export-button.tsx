import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fetchFile, listExportUrl, XLSX } from '../lib/download';
import { DownloadButton } from './download-button';

export interface ExcelExportButtonProps {
  /** The list's API URL as the page asks it (filters, order, paging): the file holds the same rows. */
  listUrl: string;
}

/** Export to Excel: the list on screen, with the filters on screen, as .xlsx (the server names the file). */
export function ExcelExportButton({ listUrl }: ExcelExportButtonProps) {
  const { t } = useTranslation();
  const url = listExportUrl(listUrl);
  return (
    <DownloadButton href={url} fetch={() => fetchFile(url, XLSX, 'export.xlsx')} icon={<DownloadOutlined />}>
      {t('common.exportExcel')}
    </DownloadButton>
  );
}
