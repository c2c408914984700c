import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/error-text';

export interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** Why a list or record could not be loaded, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={errorText(t, error)}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      style={{ marginBottom: 12 }}
    />
  );
}
