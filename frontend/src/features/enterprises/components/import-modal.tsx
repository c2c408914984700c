import { useTranslation } from 'react-i18next';
import { ImportModal as SharedImportModal } from '../../../components/import-modal';
import { importEnterprises } from '../api/import-enterprises';

export interface ImportModalProps {
  open: boolean;
  onClose: () => void;
}

/** The target-enterprise sheet through the shared import wizard. */
export function ImportModal({ open, onClose }: ImportModalProps) {
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
      summary={(r) => t('enterprises.import.summary', { created: r.created, updated: r.updated, unchanged: r.unchanged })}
    />
  );
}
