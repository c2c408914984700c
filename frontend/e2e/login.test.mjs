import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, SCREENSHOTS, launch, loginAs } from './browser.mjs';

test('an officer logs in, sees the Chinese shell with their navigation, and logs out', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.setDefaultTimeout(30_000);

    await page.goto(BASE_URL + '/');
    await page.getByRole('heading', { name: '招商引资管理平台' }).waitFor();
    await loginAs(page, 'officer');

    const nav = page.getByRole('menu');
    await nav.getByText('目标企业').waitFor();
    await nav.getByText('项目', { exact: true }).waitFor();
    assert.equal(await nav.getByText('系统管理').count(), 0, 'an officer must not see 系统管理');
    assert.equal(await nav.getByText('驾驶舱').count(), 0, 'an officer must not see 驾驶舱');
    await page.getByRole('heading', { name: '目标企业库' }).waitFor();
    await page.screenshot({ path: SCREENSHOTS + 'officer-shell.png', fullPage: true });

    // A deep link is served by the front end, which refuses the officer the administration pages.
    await page.goto(BASE_URL + '/admin/units');
    await page.getByText('您的角色无权查看此页面').waitFor();
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByRole('heading', { name: '目标企业库' }).waitFor();

    await page.getByRole('button', { name: /王伟|officer/i }).click();
    await page.getByText('退出登录').click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status);
    assert.equal(me, 401, 'after logout the session is gone');
  } finally {
    await browser.close();
  }
});

test('on a phone the navigation opens from the menu button', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
    page.setDefaultTimeout(30_000);
    await loginAs(page, 'leader');
    await page.getByRole('button', { name: '菜单' }).click();
    const nav = page.getByRole('menu');
    await nav.getByText('驾驶舱').waitFor();
    await nav.getByText('月报').waitFor();
    assert.equal(await nav.getByText('走访与线索').count(), 0, 'a leader does not log visits');
    await page.waitForTimeout(500); // let the drawer finish sliding in
    await page.screenshot({ path: SCREENSHOTS + 'leader-phone-menu.png' });
  } finally {
    await browser.close();
  }
});
