import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const DUTIES = ['roles', 'twoFactor', 'sessions', 'passwords', 'lock', 'events'] as const;

/**
 * The security administrator's place in the app (separation of duties, ADR 0032): their work is done in the identity provider's console,
 * not in a copy of it here; the page says what is theirs and where to do it.
 */
export function SecurityAdminPage() {
  const { t } = useTranslation();
  return (
    <Card title={t('securityAdmin.title')}>
      <Typography.Paragraph>{t('securityAdmin.intro')}</Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={DUTIES.map((duty) => t(`securityAdmin.duties.${duty}`))}
        renderItem={(item) => <List.Item>{item}</List.Item>}
      />
      <Alert style={{ marginTop: 16 }} type="info" showIcon message={t('securityAdmin.separation')} />
    </Card>
  );
}
