// Shared launch settings for the journeys: Debian's Chromium, no network chatter, a fresh profile.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { freshCode } from './totp.mjs';

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

const APP_ORIGIN = new URL(BASE_URL).origin;

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A 390 px phone (iPhone-sized, touch, Chinese, Beijing time). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/**
 * Runs one step of a journey. A failure says which step, on which page, and leaves a screenshot,
 * so a red run reads as "could not find 目标企业 in the navigation on /enterprises", not a bare timeout.
 */
export async function step(page, name, action) {
  try {
    return await action();
  } catch (error) {
    const shot = `${SCREENSHOTS}failure-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}.png`;
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Journey step "${name}" failed on ${page.url()}\n  screenshot: ${shot}\n  ${reason}`, {
      cause: error,
    });
  }
}

/**
 * Which login page the journeys meet: the OIDC Dev Service's (default; a button per demo user) or, with
 * OIDC_PROVIDER=keycloak, Keycloak's login form (deploy/keycloak/real-provider-test.sh; demo password `demo`).
 */
export const OIDC_PROVIDER = process.env.OIDC_PROVIDER ?? 'dev-service';

/**
 * Logs in through the OIDC provider's page. `providerScreenshot`: a file name under SCREENSHOTS for a picture of
 * the provider's page before the user fills it in.
 */
export async function loginAs(page, username, { providerScreenshot } = {}) {
  await step(page, `open the app at ${BASE_URL} and see the login page`, async () => {
    await page.goto(BASE_URL + '/');
    await page.getByRole('button', { name: '登录' }).waitFor();
  });
  await step(page, `log in as ${username} on the provider's (${OIDC_PROVIDER}) page`, async () => {
    await page.getByRole('button', { name: '登录' }).click();
    if (OIDC_PROVIDER === 'keycloak') {
      await page.locator('#kc-login').waitFor({ timeout: 60_000 });
      if (providerScreenshot) await page.screenshot({ path: SCREENSHOTS + providerScreenshot, fullPage: true });
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(process.env.DEMO_PASSWORD ?? 'demo');
      await page.locator('#kc-login').click();
      // Holders of two_factor (leader, stats, administrators) are asked for a one-time code next.
      const landed = page
        .waitForURL((url) => new URL(url).origin === APP_ORIGIN, { timeout: 60_000 })
        .then(
          () => 'app',
          () => 'timeout',
        );
      const asked = page
        .locator('#otp')
        .waitFor({ timeout: 60_000 })
        .then(
          () => 'otp',
          () => 'timeout',
        );
      if ((await Promise.race([landed, asked])) === 'otp') {
        await page.locator('#otp').fill(await freshCode(username));
        await page.locator('#kc-login').click();
      }
    } else {
      if (providerScreenshot) await page.screenshot({ path: SCREENSHOTS + providerScreenshot, fullPage: true });
      await page.locator(`button[name="predefined-${username}"]`).click();
    }
    await page.waitForURL((url) => new URL(url).origin === APP_ORIGIN, { timeout: 60_000 });
  });
}

/** Runs a journey in a fresh browser and closes it whatever happens. */
export async function withBrowser(journey) {
  const browser = await launch();
  try {
    return await journey(browser);
  } finally {
    await browser.close();
  }
}

/**
 * A new page: on a desktop in Chinese (`viewport`, 1440 × 900 unless given; in `timezoneId` when given) or, with
 * `phone`, on a PHONE; `timeout` is its default wait.
 */
export async function openPage(
  browser,
  { viewport = { width: 1440, height: 900 }, phone = false, timeout = 30_000, timezoneId } = {},
) {
  const page = phone
    ? await (await browser.newContext(PHONE)).newPage()
    : await browser.newPage({ viewport, locale: 'zh-CN', ...(timezoneId ? { timezoneId } : {}) });
  page.setDefaultTimeout(timeout);
  return page;
}

/** A new page as openPage makes it, signed in as the user. */
export async function signedInPage(browser, username, options = {}) {
  const page = await openPage(browser, options);
  await loginAs(page, username);
  return page;
}

/** The API as the page's user, with the header every call carries. */
export const call = (page, method, path, body) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(path, {
        method,
        headers: {
          'X-Requested-With': 'XMLHttpRequest',
          Accept: 'application/json',
          'Content-Type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const type = r.headers.get('content-type') ?? '';
      return { status: r.status, body: type.includes('json') ? await r.json() : null };
    },
    { method, path, body },
  );
