// ledger-import: what other features may use.
export { LedgerImportWizard } from './components/ledger-import-wizard';
