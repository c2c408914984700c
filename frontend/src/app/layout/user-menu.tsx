import { Button, Dropdown, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/api/get-me';

export interface UserMenuProps {
  me: Me;
}

export function UserMenu({ me }: UserMenuProps) {
  const { t } = useTranslation();
  const roles = me.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join('、');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'logout', label: t('app.logout') }],
        onClick: ({ key }) => {
          if (key === 'logout') window.location.assign('/logout');
        },
      }}
    >
      <Button type="text" style={{ height: 'auto', padding: '4px 8px' }} aria-label={me.displayName}>
        <Flex vertical align="flex-end" style={{ lineHeight: 1.3 }}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <Space size={4}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {roles}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              · {me.unit?.name ?? t('app.noUnit')}
            </Typography.Text>
          </Space>
        </Flex>
      </Button>
    </Dropdown>
  );
}
