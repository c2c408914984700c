import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { errorText } from '../lib/error-text';
import { BackLink, type BackLinkProps } from './back-link';

export interface QueryErrorProps {
  error: unknown;
  /** Offered unless the server refused for good (a 4xx: not found, forbidden). */
  onRetry?: () => void;
  /** A way back above the message, for a page that has nothing else to show. */
  back?: BackLinkProps;
  /** Space below the message when it stands in a page (no `back`); 12 unless said. */
  marginBottom?: number;
}

/** Why a list or record could not be loaded: what went wrong, a retry when trying again can help, a way back. */
export function QueryError({ error, onRetry, back, marginBottom = 12 }: QueryErrorProps) {
  const { t } = useTranslation();
  const final = error instanceof ApiError && error.status >= 400 && error.status < 500;
  const alert = (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={errorText(t, error)}
      action={onRetry && !final && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      style={back ? undefined : { marginBottom }}
    />
  );
  if (!back) return alert;
  return (
    <Flex vertical gap={16}>
      <BackLink {...back} />
      {alert}
    </Flex>
  );
}
