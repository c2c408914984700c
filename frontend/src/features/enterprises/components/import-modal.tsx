import { useTranslation } from 'react-i18next';
import { ImportModal as SharedImportModal } from '../../../components/import-modal';
import { importEnterprises } from '../api/import-enterprises';

export interface ImportModalProps {
  open: boolean;
  onClose: () => void;
  /** The import job followed (the page keeps it in the URL, so leaving and coming back finds it again). */
  jobId?: string;
  onJobChange?: (jobId: string | undefined) => void;
}

/** The target-enterprise sheet through the shared import wizard; the server runs it as a job. */
export function ImportModal({ open, onClose, jobId, onJobChange }: ImportModalProps) {
  const { t } = useTranslation();
  return (
    <SharedImportModal
      open={open}
      onClose={onClose}
      title={t('enterprises.import.title')}
      intro={t('enterprises.import.intro')}
      templateHref="/api/enterprises/import/template"
      upload={(file, dryRun) => importEnterprises({ file, dryRun })}
      queryKey={['enterprises']}
      summary={(r) =>
        t('enterprises.import.summary', { created: r.created, updated: r.updated, unchanged: r.unchanged })
      }
      jobId={jobId}
      onJobChange={onJobChange}
    />
  );
}
