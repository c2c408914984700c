import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerScope } from '../api/types';

/** Says that this copy's project lines are one unit's only, while its figures are the whole district's. */
export function LedgerScopeNote({ scope }: { scope: LedgerScope }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="report-ledger-scope"
      style={{ marginBottom: 16 }}
      message={scope.unitName ? t('reportScope.ownUnit', { unit: scope.unitName }) : t('reportScope.noUnit')}
    />
  );
}
