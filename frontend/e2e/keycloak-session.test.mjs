// Session limits against a real Keycloak (deploy/keycloak/real-provider-test.sh runs it after the login journey):
// an idle session ends, a session ends at its absolute lifespan however active it is, and a user disabled at the
// provider cannot continue. The app keeps no session of its own beyond the provider's tokens: it refreshes them
// when they expire (quarkus.oidc.token.refresh-expired) and the provider refuses the refresh in all three cases.
// For the run the realm's limits are made short; the realm file's own are 30 min idle, 10 h absolute, 2 min tokens.
// Skipped unless OIDC_PROVIDER=keycloak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, OIDC_PROVIDER, launch, loginAs } from './browser.mjs';
import { admin, userNamed } from './keycloak-admin.mjs';

const skip = OIDC_PROVIDER === 'keycloak' ? false : 'needs a running Keycloak: set OIDC_PROVIDER=keycloak';
const LIMITS = { accessTokenLifespan: 10, ssoSessionIdleTimeout: 20, ssoSessionMaxLifespan: 45 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET /api/me with the browser context's session cookie, as the app's own fetches send it. */
async function me(context) {
  const response = await context.request.get(BASE_URL + '/api/me', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
    maxRedirects: 0,
  });
  return response.status();
}

/** Logs `username` in; the page then leaves the app so nothing in the background touches the session. */
async function session(browser, username) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await loginAs(page, username);
  await page.getByRole('banner').waitFor({ timeout: 60_000 }); // the app's shell: each role lands elsewhere
  await page.goto('about:blank');
  assert.equal(await me(context), 200, `${username} is logged in`);
  return { context, since: Date.now() };
}

/** Calls /api/me every `every` ms until it answers 401; returns the seconds since `since`. */
async function secondsUntilRefused(context, since, every, within) {
  while (Date.now() - since < within * 1000) {
    const status = await me(context);
    if (status === 401) return (Date.now() - since) / 1000;
    assert.equal(status, 200, 'the session either serves or is refused with 401');
    await sleep(every);
  }
  assert.fail(`still served after ${within} s`);
}

test(
  'sessions end when idle, at their absolute lifespan, and when the user is disabled',
  { skip, timeout: 240_000 },
  async () => {
    const realm = await admin('GET', '');
    await admin('PUT', '', { ...realm, ...LIMITS });
    const browser = await launch();
    try {
      await Promise.all([
        (async () => {
          const { context, since } = await session(browser, 'stats');
          await sleep((LIMITS.ssoSessionIdleTimeout + 5) * 1000);
          assert.equal(await me(context), 401, `idle for ${LIMITS.ssoSessionIdleTimeout + 5} s: the session has ended`);
          console.log(`idle: refused after ${((Date.now() - since) / 1000).toFixed(0)} s without a request`);
        })(),
        (async () => {
          const { context, since } = await session(browser, 'unithead');
          // A request every 5 s keeps it from being idle; it must still end at the absolute lifespan (plus at most
          // one token's life, since the app checks the provider when it refreshes).
          const ended = await secondsUntilRefused(
            context,
            since,
            5_000,
            LIMITS.ssoSessionMaxLifespan + LIMITS.accessTokenLifespan + 15,
          );
          console.log(`absolute: refused ${ended.toFixed(0)} s after login`);
          assert.ok(
            ended >= LIMITS.ssoSessionMaxLifespan - 10,
            `active sessions live until the absolute limit (ended at ${ended} s)`,
          );
        })(),
        (async () => {
          const { context } = await session(browser, 'leader');
          const user = await userNamed('leader');
          await admin('PUT', `/users/${user.id}`, { ...user, enabled: false });
          const disabledAt = Date.now();
          const stopped = await secondsUntilRefused(context, disabledAt, 1_000, LIMITS.accessTokenLifespan + 15);
          console.log(`disabled: refused ${stopped.toFixed(0)} s after the provider disabled the user`);
        })(),
      ]);
    } finally {
      await browser.close();
    }
  },
);
