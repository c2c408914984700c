import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { visitErrorMessage } from './visit-error';

export interface QueryErrorProps {
  error: unknown;
  /** Offered unless the server refused for good (a 4xx: not found, forbidden). */
  onRetry?: () => void;
  /** A way back above the message, for a page that has nothing else to show. */
  back?: { to: string; label: string };
}

/** A failed load: what went wrong, a retry when trying again can help, and a way back. */
export function QueryError({ error, onRetry, back }: QueryErrorProps) {
  const { t } = useTranslation();
  const final = error instanceof ApiError && error.status >= 400 && error.status < 500;
  const alert = (
    <Alert
      type="error"
      showIcon
      message={visitErrorMessage(t, error)}
      action={onRetry && !final && <Button onClick={onRetry}>{t('common.retry')}</Button>}
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

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to}>
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}
