import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, SCREENSHOTS, launch, loginAs, openPage, step, withBrowser } from './browser.mjs';

test('an officer logs in, sees the Chinese shell with their navigation, and logs out', { timeout: 180_000 }, () =>
  withBrowser(async (browser) => {
    const page = await openPage(browser, { viewport: { width: 1280, height: 800 }, timeout: 30_000 });

    await step(page, 'see the login page with the Chinese title', async () => {
      // The server may be cold: give the first page a long time.
      await page.goto(BASE_URL + '/', { timeout: 90_000 });
      await page.getByRole('heading', { name: '招商引资管理平台' }).waitFor({ timeout: 60_000 });
    });
    await loginAs(page, 'officer');

    const nav = page.getByRole('menu');
    await step(page, "see the officer's sections in the navigation", async () => {
      await nav.getByText('目标企业', { exact: true }).waitFor({ timeout: 60_000 });
      await nav.getByText('项目', { exact: true }).waitFor();
      assert.equal(await nav.getByText('系统管理').count(), 0, 'an officer must not see 系统管理');
      assert.equal(await nav.getByText('驾驶舱').count(), 0, 'an officer must not see 驾驶舱');
    });
    await step(page, "land on my week, the officer's home", () =>
      page.getByRole('heading', { name: '我的一周' }).waitFor(),
    );
    await page.screenshot({ path: SCREENSHOTS + 'officer-shell.png', fullPage: true });

    await step(page, 'be refused the administration pages with a way back', async () => {
      // A deep link is served by the front end, which refuses the officer the administration pages.
      await page.goto(BASE_URL + '/admin/units');
      await page.getByText('您的角色无权查看此页面').waitFor();
      await page.getByRole('button', { name: '返回首页' }).click();
      await page.getByRole('heading', { name: '我的一周' }).waitFor();
    });

    await step(page, 'log out from the header menu and see the login page again', async () => {
      await page
        .getByRole('banner')
        .getByRole('button', { name: /王伟|officer/i })
        .click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { name: '招商引资管理平台' }).waitFor();
    });
    const me = await page.evaluate(
      async () => (await fetch('/api/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status,
    );
    assert.equal(me, 401, 'after logout the session is gone (/api/me must answer 401)');
  }),
);

test('on a phone the navigation opens from the menu button', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
    page.setDefaultTimeout(30_000);
    await loginAs(page, 'leader');
    await step(page, "open the phone menu and see the leader's sections", async () => {
      await page.getByRole('button', { name: '菜单' }).click();
      const nav = page.getByRole('menu');
      await nav.getByText('驾驶舱').waitFor();
      await nav.getByText('月报').waitFor();
      assert.equal(await nav.getByText('走访与线索').count(), 0, 'a leader does not log visits');
    });
    await page.waitForTimeout(500); // let the drawer finish sliding in
    await page.screenshot({ path: SCREENSHOTS + 'leader-phone-menu.png' });
  } finally {
    await browser.close();
  }
});
