import { Alert, Grid, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ledgerErrorMessage } from '../lib/ledger-error';
import { ApplyStep } from './apply-step';
import { CheckStep } from './check-step';
import { MappingStep } from './mapping-step';
import { UploadStep } from './upload-step';
import { useLedgerWizard } from './use-ledger-wizard';
import { WizardSteps } from './wizard-steps';

export interface LedgerImportWizardProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The district's own monthly ledger: upload → what was detected and which column is which → check (a job; resolve
 * unknown names, fix errors) → import (a job). Closing starts over.
 */
export function LedgerImportWizard({ open, onClose }: LedgerImportWizardProps) {
  const { t } = useTranslation();
  const wizard = useLedgerWizard();
  const narrow = Grid.useBreakpoint().sm === false;
  const { step, preview } = wizard;
  // The import is being written: closing would not stop it, so the dialog waits.
  const writing = step === 3 && wizard.apply.working;
  const close = () => {
    if (writing) return;
    wizard.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      width={1040}
      // A phone gets the whole width: the mapping needs every pixel of 390.
      style={narrow ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      styles={narrow ? { content: { padding: '16px 12px' } } : undefined}
      title={t('ledgerImport.title')}
      onCancel={close}
      closable={!writing}
      maskClosable={false}
      // Past the upload, Escape (also pressed to close a picker) would throw the user's choices away.
      keyboard={step === 0}
      footer={null}
      destroyOnHidden
    >
      <WizardSteps current={step} done={wizard.apply.report?.status === 'APPLIED'} />
      {wizard.readError ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={ledgerErrorMessage(t, wizard.readError)} />
      ) : null}
      {step === 0 && <UploadStep reading={wizard.reading} onFile={wizard.choose} />}
      {step === 1 && preview && (
        <MappingStep
          preview={preview}
          mapping={wizard.mapping}
          month={wizard.month}
          monthEdited={wizard.monthEdited}
          reading={wizard.reading}
          onSheet={wizard.chooseSheet}
          onMap={wizard.mapColumn}
          onMonth={wizard.setMonth}
          onOtherFile={wizard.reset}
          onCheck={wizard.runCheck}
        />
      )}
      {step === 2 && (
        <CheckStep
          check={wizard.check}
          checked={wizard.checked}
          choices={wizard.choices}
          onChoose={(name, choice) => wizard.chooseFor(name.kind, name.name, choice)}
          onRecheck={wizard.runCheck}
          onApply={wizard.runApply}
          onBack={wizard.backToMapping}
        />
      )}
      {step === 3 && (
        <ApplyStep apply={wizard.apply} checked={wizard.checked} onBack={wizard.backToMapping} onClose={close} />
      )}
    </Modal>
  );
}
