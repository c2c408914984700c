import { LedgerImportWizard } from '../../ledger-import';

export interface LedgerImportModalProps {
  open: boolean;
  onClose: () => void;
}

/** The monthly project ledger: the district's own sheet through the ledger import wizard (features/ledger-import). */
export function LedgerImportModal({ open, onClose }: LedgerImportModalProps) {
  return <LedgerImportWizard open={open} onClose={onClose} />;
}
