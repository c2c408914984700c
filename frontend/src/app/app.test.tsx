import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN, OFFICER, mockApi, renderWithApp, ok, pageOf } from '../test/render';
import { App } from './app';

describe('app shell', () => {
  it('shows the login page when nobody is logged in', async () => {
    mockApi({ 'GET /api/me': () => ({ status: 401 }) });
    renderWithApp(<App />);
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '招商引资管理平台' })).toBeInTheDocument();
  });

  it("shows an officer's navigation, my week first, and the target library", async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/enterprises?sort=-createdAt&page=0&size=20': pageOf([]),
      'GET /api/industries?includeRetired=false': pageOf([]),
      'GET /api/units': pageOf([]),
    });
    renderWithApp(<App />, { route: '/enterprises' });
    const nav = await screen.findByRole('menu');
    expect(within(nav).getByText('我的一周')).toBeInTheDocument();
    expect(within(nav).getByText('目标企业')).toBeInTheDocument();
    expect(within(nav).getByText('项目')).toBeInTheDocument();
    expect(within(nav).queryByText('系统管理')).not.toBeInTheDocument();
    expect(within(nav).queryByText('驾驶舱')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '目标企业库' })).toBeInTheDocument();
  });

  it('refuses an officer the administration pages with a way back', async () => {
    mockApi({ 'GET /api/me': ok(OFFICER) });
    renderWithApp(<App />, { route: '/admin/units' });
    expect(await screen.findByText('您的角色无权查看此页面')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回首页' })).toBeInTheDocument();
  });

  it('switches the language to English', async () => {
    mockApi({ 'GET /api/me': () => ({ status: 401 }) });
    renderWithApp(<App />);
    await screen.findByRole('button', { name: '登录' });
    await userEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });

  it('lists units for an admin and shows the empty state', async () => {
    mockApi({
      'GET /api/me': ok(ADMIN),
      'GET /api/units': pageOf([]),
    });
    renderWithApp(<App />, { route: '/admin/units' });
    expect(await screen.findByText('还没有责任单位，点击“新增单位”添加。')).toBeInTheDocument();
  });
});
