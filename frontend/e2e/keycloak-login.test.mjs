// The login journey against a real Keycloak (deploy/keycloak/real-provider-test.sh starts it and the app).
// Skipped unless OIDC_PROVIDER=keycloak, so the default journeys (BrowserJourneyTest runs every e2e/*.test.mjs
// against the OIDC Dev Service) pass it over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, OIDC_PROVIDER, SCREENSHOTS, loginAs, openPage, step, withBrowser } from './browser.mjs';
import { admin, userNamed } from './keycloak-admin.mjs';
import { freshCode } from './totp.mjs';

const skip = OIDC_PROVIDER === 'keycloak' ? false : 'needs a running Keycloak: set OIDC_PROVIDER=keycloak';

test("an officer logs in on Keycloak's page, lands on my week, and logs out of both", { skip, timeout: 180_000 }, () =>
  withBrowser(async (browser) => {
    const page = await openPage(browser, { viewport: { width: 1280, height: 800 }, timeout: 30_000 });

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
  }),
);

test(
  'a leader is asked for a one-time code: a wrong code is refused, the right one lets in',
  { skip, timeout: 180_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await openPage(browser, { viewport: { width: 1280, height: 800 }, timeout: 30_000 });
      await step(page, 'give the password of leader on Keycloak', async () => {
        await page.goto(BASE_URL + '/');
        await page.getByRole('button', { name: '登录' }).click();
        await page.locator('#username').fill('leader');
        await page.locator('#password').fill(process.env.DEMO_PASSWORD ?? 'demo');
        await page.locator('#kc-login').click();
      });
      await step(page, 'be asked for a one-time code, not let in', async () => {
        await page.locator('#otp').waitFor({ timeout: 60_000 });
        await page.screenshot({ path: SCREENSHOTS + 'keycloak-totp-page.png', fullPage: true });
        assert.notEqual(new URL(page.url()).origin, new URL(BASE_URL).origin);
      });
      await step(page, 'a wrong code is refused', async () => {
        const code = await freshCode('leader');
        await page.locator('#otp').fill(code === '000000' ? '111111' : '000000');
        await page.locator('#kc-login').click();
        await page.locator('#otp[aria-invalid="true"]').waitFor();
      });
      await step(page, 'the computed code lets in', async () => {
        await page.locator('#otp').fill(await freshCode('leader'));
        await page.locator('#kc-login').click();
        await page.waitForURL((url) => new URL(url).origin === new URL(BASE_URL).origin, { timeout: 60_000 });
      });
      const me = await page.evaluate(async () =>
        (await fetch('/api/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).json(),
      );
      assert.equal(me.username, 'leader');
      assert.ok(me.roles.includes('leader'));
    }),
);

test(
  "a logout at Keycloak ends the app's session within seconds (back-channel logout)",
  { skip, timeout: 180_000 },
  () =>
    withBrowser(async (browser) => {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await loginAs(page, 'officer2');
      await page.getByRole('banner').waitFor({ timeout: 60_000 });
      await page.goto('about:blank');
      // Keycloak posts the logout to BASE_URL's replica; REPLICA_URL (real-provider-test.sh) is a second one on the
      // same database, which must refuse the session as soon.
      const replicas = [BASE_URL, process.env.REPLICA_URL].filter(Boolean);
      const me = async (base) =>
        (
          await context.request.get(base + '/api/me', {
            headers: { 'X-Requested-With': 'XMLHttpRequest' },
            maxRedirects: 0,
          })
        ).status();
      for (const base of replicas) assert.equal(await me(base), 200, `officer2 is logged in on ${base}`);

      // The security administrator ends the user's sessions at Keycloak. The access token would live on for the
      // realm's 2 minutes; the back-channel logout token must end the app's session well before that.
      const user = await userNamed('officer2');
      await admin('POST', `/users/${user.id}/logout`);
      const since = Date.now();
      for (const base of [...replicas].reverse()) {
        let status = await me(base);
        while (status === 200 && Date.now() - since < 10_000) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          status = await me(base);
        }
        const seconds = ((Date.now() - since) / 1000).toFixed(1);
        console.log(`back-channel: ${base} answered ${status} ${seconds} s after the logout at Keycloak`);
        assert.equal(status, 401, `the session must end on ${base} within 10 s of the logout at Keycloak`);
      }
    }),
);
