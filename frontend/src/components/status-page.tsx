import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface StatusPageProps {
  status: '403' | '404' | 'warning';
  titleKey: string;
}

export function StatusPage({ status, titleKey }: StatusPageProps) {
  const { t } = useTranslation();
  return (
    <Result
      status={status}
      title={t(titleKey)}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
