import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import { briefingPdfUrl, downloadBriefing } from '../api/download-briefing';

export interface BriefingButtonProps {
  asOf: string;
  unitId?: number;
}

/** The briefing: the figures shown, as of the same day and for the same unit, as a one-page PDF for a meeting. */
export function BriefingButton({ asOf, unitId }: BriefingButtonProps) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      icon={<FilePdfOutlined />}
      href={briefingPdfUrl(asOf, unitId)}
      fetch={() => downloadBriefing(asOf, unitId)}
    >
      {t('cockpitBriefing.download')}
    </DownloadButton>
  );
}
