// Shared launch settings for the journeys: Debian's Chromium, no network chatter, a fresh profile.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

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

/** Logs in through the OIDC provider's page by clicking the demo user's button. */
export async function loginAs(page, username) {
  await page.goto(BASE_URL + '/');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator(`button[name="predefined-${username}"]`).click();
  await page.waitForURL((url) => url.toString().startsWith(BASE_URL), { timeout: 30_000 });
}
