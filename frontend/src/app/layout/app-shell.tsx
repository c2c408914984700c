import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '../../components/language-switch';
import { ViewerWatermark } from '../../components/viewer-watermark';
import type { Me } from '../../features/auth/api/get-me';
import { ReminderBell } from '../../features/my-week/components/reminder-bell';
import { canRecordVisits, VisitQueueBadge } from '../../features/visits';
import { NavMenu } from './nav-menu';
import { UserMenu } from './user-menu';

export interface AppShellProps {
  me: Me;
}

export function AppShell({ me }: AppShellProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: '#fff',
          padding: '0 12px',
          borderBottom: '1px solid #f0f0f0',
          display: 'flex',
          alignItems: 'center',
          gap: 8,
        }}
      >
        {phone && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('app.menu')}
            onClick={() => setDrawerOpen(true)}
            size="large"
          />
        )}
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap', flex: 1, overflow: 'hidden' }}>
          {t('app.name')}
        </Typography.Title>
        <Flex align="center" gap={8}>
          {canRecordVisits(me.roles) && <VisitQueueBadge owner={me.username} />}
          <ReminderBell roles={me.roles} />
          {!phone && <LanguageSwitch />}
          <UserMenu me={me} compact={phone} />
        </Flex>
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={200} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            <NavMenu roles={me.roles} />
          </Layout.Sider>
        )}
        {/* The page shown, once routed (a lazy page keeps the one before until it has loaded): the sweep waits for it. */}
        <Layout.Content style={{ padding: phone ? 12 : 24 }} data-pathname={pathname}>
          <ViewerWatermark name={me.displayName}>
            <Outlet />
          </ViewerWatermark>
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          open={drawerOpen}
          placement="left"
          width={260}
          title={t('app.name')}
          onClose={() => setDrawerOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <NavMenu roles={me.roles} onNavigate={() => setDrawerOpen(false)} />
          <Flex justify="center" style={{ padding: 16 }}>
            <LanguageSwitch />
          </Flex>
        </Drawer>
      )}
    </Layout>
  );
}
