import { Alert, Button, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api/get-me';
import { LoginPage } from '../features/auth/components/login-page';
import { ApiError } from '../lib/api-client';
import { errorMessage } from '../lib/error-message';
import { AppRoutes } from './router';

/** Who is here decides everything: the login page, or the shell with their navigation. */
export function App() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" tip={t('app.loading')}>
          <div style={{ padding: 48 }} />
        </Spin>
      </Flex>
    );
  }
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) return <LoginPage />;
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
        <Alert
          type="error"
          showIcon
          message={errorMessage(t, me.error)}
          action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
        />
      </Flex>
    );
  }
  return <AppRoutes me={me.data} />;
}
