// The login journey against a real Keycloak (deploy/keycloak/real-provider-test.sh starts it and the app).
// Skipped unless OIDC_PROVIDER=keycloak, so the default journeys (BrowserJourneyTest runs every e2e/*.test.mjs
// against the OIDC Dev Service) pass it over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, OIDC_PROVIDER, SCREENSHOTS, launch, loginAs, step } from './browser.mjs';

const skip = OIDC_PROVIDER === 'keycloak' ? false : 'needs a running Keycloak: set OIDC_PROVIDER=keycloak';

test(
  "an officer logs in on Keycloak's page, lands on my week, and logs out of both",
  { skip, timeout: 180_000 },
  async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      page.setDefaultTimeout(30_000);

      await loginAs(page, 'officer', { providerScreenshot: 'keycloak-login-page.png' });

      await step(page, "land on my week with the officer's navigation", async () => {
        await page.getByRole('heading', { name: '我的一周' }).waitFor({ timeout: 60_000 });
        const nav = page.getByRole('menu');
        await nav.getByText('目标企业', { exact: true }).waitFor();
        assert.equal(await nav.getByText('系统管理').count(), 0, 'an officer must not see 系统管理');
      });
      const userButton = page.getByRole('banner').getByRole('button', { name: /王伟/ });
      await step(page, "see the user's name in the header", () => userButton.waitFor());
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {}); // the week's data, for the picture
      await page.screenshot({ path: SCREENSHOTS + 'keycloak-officer-week.png', fullPage: true });

      const me = await page.evaluate(async () =>
        (await fetch('/api/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).json(),
      );
      assert.equal(me.username, 'officer');
      assert.equal(me.unit?.code, 'wuyingshan', "the unit claim from Keycloak maps to the officer's unit");

      await step(page, 'log out from the header menu and see the login page again', async () => {
        await userButton.click();
        await page.getByRole('menuitem', { name: '退出登录' }).click();
        // The app ends the Keycloak session too (RP-initiated logout) and Keycloak sends the browser back.
        await page.waitForURL((url) => new URL(url).origin === new URL(BASE_URL).origin, { timeout: 60_000 });
        await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 60_000 });
        await page.getByRole('heading', { name: '招商引资管理平台' }).waitFor();
      });
      const status = await page.evaluate(
        async () => (await fetch('/api/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status,
      );
      assert.equal(status, 401, 'after logout the session is gone (/api/me must answer 401)');

      await step(page, 'be asked for the password again: the Keycloak session ended too', async () => {
        await page.getByRole('button', { name: '登录' }).click();
        await page.locator('#kc-login').waitFor({ timeout: 60_000 });
      });
    } finally {
      await browser.close();
    }
  },
);
