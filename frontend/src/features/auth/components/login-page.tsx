import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch';

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ maxWidth: 420, width: '100%' }}>
        <Flex vertical gap={16}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('login.intro')}
          </Typography.Paragraph>
          <Button type="primary" size="large" block onClick={() => window.location.assign('/login')}>
            {t('login.button')}
          </Button>
          <Flex justify="flex-end">
            <LanguageSwitch />
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
