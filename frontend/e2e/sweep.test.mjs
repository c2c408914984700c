// The sweep: every role walks every page of its own navigation, on a desktop and on a phone, and the page must be
// clean — no console error or warning, no English in the Chinese UI (date pickers included), no sideways scrolling.
//
// It runs a development build of the front end (React's and Ant Design's warnings are stripped from the production
// build the server serves): the build is made here and served in place of the server's through Playwright's routing,
// while the API, the login and the OIDC provider stay the test instance's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, PHONE, SCREENSHOTS, launch, loginAs, step } from './browser.mjs';

const ROLES = ['officer', 'unithead', 'leader', 'stats', 'admin', 'secadmin', 'auditor'];
/** While working on a finding: SWEEP_ONLY=leader/desktop (or leader, or desktop) walks only those. */
const ONLY = process.env.SWEEP_ONLY ?? '';
const wanted = (role, device) => !ONLY || ONLY.split(',').some((o) => [role, device, `${role}/${device}`].includes(o));
const DEVICES = {
  desktop: { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  phone: PHONE,
};
const SHOTS = `${SCREENSHOTS}sweep/`;
const APP_ORIGIN = new URL(BASE_URL).origin;
/** Served by the server itself, not the front end's build (Quinoa's ignored-path-prefixes). */
const SERVER_PATHS = /^\/(api|q|login|logout)(\/|$)/;

/**
 * Runs of three or more Latin letters that may stand in the Chinese UI: codes and formats a Chinese office writes
 * in Latin letters too. Anything else is English left untranslated (or data that should be looked at).
 */
const LATIN_ALLOWED = new Set([
  'USCC', // 统一社会信用代码, named so on forms beside its Chinese name
  'PDF',
  'Excel',
  'xlsx',
  'xls',
  'csv',
  'UTF', // UTF-8, the encoding a .csv ledger may be in, named so beside GB18030 in the import dialog
  'TQ', // project codes (TQ-2026-001) — two letters, listed for the reader
  'GDP',
  'USD',
  'English', // the language switch names English in English, as language menus do
  'Keycloak', // the identity provider's name on the security administrator's page (/security), as its console shows it
  'min', // the ranking rule's formula: 得分 = Σ 权重 × min(…), mathematical notation
]);

/** Latin runs allowed on one page only, each with its reason. */
const LATIN_ALLOWED_ON = {
  // Unit codes (编码) are identifiers the admin types, in pinyin or English: district-gov, baohuajie.
  '/admin/units': (run) => /^[a-z]+$/.test(run),
  // The users page lists each person's login (登录名) and email address (officer@tianqiao.example) beside their
  // name: the login is the data there.
  '/admin/users': (run) => /^[a-z0-9]+$/.test(run),
  // Robots' addresses (http://…/hook/…, https://qyapi.weixin.qq.com/…) and mail recipients' addresses, as typed.
  '/admin/reminders': (run) => /^[a-z]+$/.test(run),
  '/admin/reminder-deliveries': (run) => /^[a-z]+$/.test(run),
};

/** Pages one step away from the navigation that the issue names (the visit form, a chain's map). */
const EXTRA_PAGES = {
  '/visits': [{ name: 'visit-form', path: '/visits/new' }],
  '/chains': [{ name: 'chain-map', link: 'a[href^="/chains/"]:not([href$="/edit"])' }],
};

/**
 * Dialogs that hold pickers, one step from a page of the navigation: each is opened, looked at like a page (English
 * text, its first picker in Chinese) and closed. `open` answers false when the role has no way to open it. The
 * report month and the visit form's date are the first pickers of /reports and /visits/new, checked with the page.
 */
const DIALOGS = {
  '/projects': [
    {
      name: 'ledger-import',
      // The month picker is on the wizard's second step: the district-shaped sheet BrowserJourneyTest writes is read
      // (nothing is imported until the last step), so the look covers the picker too.
      open: async (page) => {
        if (!(await clickIfThere(page.getByRole('button', { name: '导入台账' })))) return false;
        const sheet = process.env.LEDGER_SHEET;
        if (sheet) {
          const dialog = page.getByRole('dialog');
          await dialog.locator('input[type=file]').setInputFiles(sheet);
          await dialog.getByLabel('台账月份').waitFor({ timeout: 30_000 });
        }
        return true;
      },
    },
    {
      name: 'stage-dialog',
      open: async (page) => {
        const hrefs = await page
          .locator('a[href^="/projects/"]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        const project = hrefs.find((href) => /^\/projects\/\d+$/.test(href ?? ''));
        if (!project) return false;
        await openInApp(page, project);
        // The project's page loads before its actions show; roles without the action see the page all the same.
        await page.locator('.ant-descriptions').first().waitFor({ timeout: 15_000 });
        return clickIfThere(page.getByRole('button', { name: '变更阶段' }));
      },
    },
  ],
};

async function clickIfThere(button) {
  if (
    !(await button
      .first()
      .isVisible()
      .catch(() => false))
  )
    return false;
  await button.first().click();
  return true;
}

/** A development build of the front end, made once for the sweep (no type check: `npm run build` does that). */
function buildDevelopmentFrontEnd() {
  const outDir = mkdtempSync(join(tmpdir(), 'attract-sweep-'));
  const frontend = new URL('..', import.meta.url).pathname;
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'],
    {
      cwd: frontend,
      env: { ...process.env, NODE_ENV: 'development' },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  assert.equal(built.status, 0, `vite build (development) failed:\n${built.stdout}\n${built.stderr}`);
  return outDir;
}

/** The development build answers for the front end's files; the server answers the rest. */
async function serveFrontEnd(context, dist) {
  await context.route(
    (url) => url.origin === APP_ORIGIN && !SERVER_PATHS.test(url.pathname),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = join(dist, decodeURIComponent(pathname));
      if (pathname !== '/' && file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
        await route.fulfill({ path: file });
      } else if (route.request().resourceType() === 'document') {
        await route.fulfill({ path: join(dist, 'index.html') });
      } else {
        await route.continue();
      }
    },
  );
}

/** Waits until no request has been in flight for a moment and no spinner or skeleton shows. */
async function settle(page, inFlight) {
  const deadline = Date.now() + 20_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince > 300) break;
    await page.waitForTimeout(100);
  }
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), null, {
      timeout: 20_000,
    })
    .catch(() => {});
  await page.waitForTimeout(150);
}

/** The paths of the navigation as the page shows it (inside the drawer on a phone). */
async function menuPaths(page, phone) {
  if (phone) await openDrawer(page);
  const ids = await page
    .locator('[aria-label="main navigation"] li.ant-menu-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-menu-id') ?? ''));
  if (phone) await closeDrawer(page);
  const paths = ids.map((id) => id.slice(id.indexOf('-/') + 1)).filter((path) => path.startsWith('/'));
  assert.ok(paths.length > 0, 'the navigation lists pages');
  return paths;
}

async function openDrawer(page) {
  await page.getByRole('button', { name: '菜单' }).click();
  await page.locator('.ant-drawer-open [aria-label="main navigation"]').waitFor();
}

async function closeDrawer(page) {
  await page.keyboard.press('Escape');
  await page
    .locator('.ant-drawer-open')
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => {});
  await page.waitForFunction(() => !document.querySelector('.ant-drawer-open')).catch(() => {});
}

/** Goes to a page of the navigation by its menu entry, as a person would. */
async function openFromMenu(page, phone, path) {
  if (phone) await openDrawer(page);
  const root = phone ? '.ant-drawer-open [aria-label="main navigation"]' : '[aria-label="main navigation"]';
  await page.locator(`${root} li.ant-menu-item[data-menu-id$="-${path}"]`).click();
  await page.waitForURL((url) => url.pathname === path || url.pathname.startsWith(`${path}/`));
  await shown(page, path);
  if (phone) await page.waitForFunction(() => !document.querySelector('.ant-drawer-open')).catch(() => {});
}

/** Until the app shows the page of `path`: the URL changes first, a lazy page replaces the one before once loaded. */
async function shown(page, path) {
  await page.waitForFunction(
    (want) => {
      const at = document.querySelector('[data-pathname]')?.getAttribute('data-pathname') ?? '';
      return at === want || at.startsWith(`${want}/`);
    },
    path,
    { timeout: 30_000 },
  );
}

/** Goes to a page inside the app without reloading it (React Router follows the history). */
async function openInApp(page, path) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname === path);
  await shown(page, path);
}

/** Visible text of the page with Latin runs that are not allowed. */
async function englishOnPage(page) {
  // A UUID (a job's id on the audit log) is an identifier, not words: its hex letters are not English.
  const text = (await page.evaluate(() => document.body.innerText)).replace(
    /\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi,
    ' ',
  );
  const runs = text.match(/[A-Za-z]{3,}/g) ?? [];
  const onPage = LATIN_ALLOWED_ON[new URL(page.url()).pathname] ?? (() => false);
  return [...new Set(runs.filter((run) => !LATIN_ALLOWED.has(run) && !onPage(run)))];
}

/** Opens the page's first date picker and reads its panel: Chinese weekdays from Monday, Chinese months. */
async function checkFirstPicker(page, shot, within = '') {
  const picker = page.locator(`${within} .ant-picker:not(.ant-picker-disabled)`.trim()).first();
  if (!(await picker.isVisible().catch(() => false))) return null;
  await picker.click();
  const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').last();
  await panel.waitFor();
  const read = await panel.evaluate((dropdown) => ({
    text: dropdown.innerText,
    weekdays: [...dropdown.querySelectorAll('.ant-picker-date-panel thead th')].map(
      (th) => th.textContent?.trim() ?? '',
    ),
    months: [...dropdown.querySelectorAll('.ant-picker-month-panel .ant-picker-cell-inner')].map(
      (cell) => cell.textContent?.trim() ?? '',
    ),
  }));
  if (shot) {
    await page.waitForTimeout(250); // past the panel's opening animation, for a readable picture
    await page.screenshot({ path: `${SHOTS}${shot}-picker.png`, scale: 'css' });
  }
  await page.keyboard.press('Escape');
  await page.mouse.click(2, 2);
  await panel.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
  const problems = [];
  const latin = read.text.match(/[A-Za-z]{2,}/g);
  if (latin) problems.push(`Latin text in the picker's panel: ${[...new Set(latin)].join(' ')}`);
  if (read.weekdays.length > 0 && read.weekdays.slice(0, 7).join('') !== '一二三四五六日') {
    problems.push(`weekdays ${read.weekdays.slice(0, 7).join(' ')} (want 一 … 日, Monday first)`);
  }
  if (read.months.some((month) => !/^\d{1,2}月$/.test(month))) problems.push(`months ${read.months.join(' ')}`);
  if (read.weekdays.length === 0 && read.months.length === 0 && !/年/.test(read.text)) {
    problems.push(`a panel with neither a date nor a month grid: ${read.text.slice(0, 80)}`);
  }
  return problems;
}

/** Tables of the cockpit's cards whose columns do not fit their card (a column cut off behind a scroll). */
async function cutCockpitTables(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.ant-card')]
      .filter((card) => card.querySelector('.ant-table'))
      .flatMap((card) => {
        const title = card.querySelector('.ant-card-head-title')?.textContent?.trim() ?? '?';
        const scrollers = [...card.querySelectorAll('.ant-table-content, .ant-table-body, .ant-table-header')];
        return scrollers.some((el) => el.scrollWidth > el.clientWidth + 1) ? [title] : [];
      }),
  );
}

async function checkPage(page, { phone, findings, label, shot, within }) {
  const problems = [];
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  if (overflow.scroll > overflow.inner)
    problems.push(`scrolls sideways: ${overflow.scroll} px wide in ${overflow.inner} px`);
  const english = await englishOnPage(page);
  if (english.length > 0) problems.push(`English text: ${english.slice(0, 20).join(', ')}`);
  if (phone) {
    const title = await page.evaluate(() => {
      const h = document.querySelector('.ant-layout-header h4');
      return h ? { scroll: h.scrollWidth, client: h.clientWidth } : null;
    });
    if (title && title.scroll > title.client)
      problems.push(`the app title is cut (${title.scroll} px of text in ${title.client} px)`);
  }
  await page.screenshot({ path: `${SHOTS}${shot}.png`, fullPage: true, scale: 'css' });
  const picker = await checkFirstPicker(page, shot, within);
  if (picker) problems.push(...picker);
  for (const problem of problems) findings.push(`${label}: ${problem}`);
}

test(
  'every role sees every page of its navigation clean, on a desktop and a phone',
  { timeout: 1_200_000 },
  async () => {
    const started = Date.now();
    if (!ONLY) rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    // SWEEP_DIST: a development build made beforehand (NODE_ENV=development npx vite build --outDir DIR), kept.
    const dist = process.env.SWEEP_DIST ?? buildDevelopmentFrontEnd();
    const built = Date.now();
    const browser = await launch();
    const findings = [];
    let pages = 0;
    try {
      for (const role of ROLES) {
        for (const [device, options] of Object.entries(DEVICES)) {
          if (!wanted(role, device)) continue;
          const phone = device === 'phone';
          // No service worker: the production build's (registered after the provider's redirect) would answer the
          // pages from its cache, unseen by the routing that serves the development build (ADR 0035).
          const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
          await serveFrontEnd(context, dist);
          const page = await context.newPage();
          page.setDefaultTimeout(30_000);
          let where = 'the login';
          const inFlight = new Set();
          page.on('request', (request) => inFlight.add(request));
          page.on('requestfinished', (request) => inFlight.delete(request));
          page.on('requestfailed', (request) => inFlight.delete(request));
          page.on('console', (message) => {
            if (message.type() !== 'error' && message.type() !== 'warning') return;
            // Before login the app asks who is there and is told 401: that is how it knows to show the login page.
            if (where === 'the login' && /status of 401/.test(message.text())) return;
            // The provider's redirect lands on the server's production build, whose worker the context blocks.
            if (where === 'the login' && /Service Worker registration blocked by Playwright/.test(message.text()))
              return;
            const at = message.location()?.url ? ` (${message.location().url.replace(APP_ORIGIN, '')})` : '';
            findings.push(
              `${role}/${device} ${where}: console ${message.type()}: ${message.text().slice(0, 400)}${at}`,
            );
          });
          page.on('pageerror', (error) =>
            findings.push(`${role}/${device} ${where}: page error: ${error.stack ?? error.message}`),
          );
          await loginAs(page, role);
          // The provider's redirect back to the app is not routed: open the app again, from the development build.
          await page.goto(`${BASE_URL}/`);
          where = 'after login';

          await step(page, `${role} on ${device}: the app opens`, async () => {
            await page.locator('[aria-label="main navigation"], button[aria-label="菜单"]').first().waitFor();
            await settle(page, inFlight);
          });
          const paths = await step(page, `${role} on ${device}: read the navigation`, () => menuPaths(page, phone));
          for (const path of paths) {
            where = path;
            await step(page, `${role} on ${device}: ${path}`, async () => {
              await openFromMenu(page, phone, path);
              await settle(page, inFlight);
              const label = `${role}/${device} ${path}`;
              const shot = `${role}-${device}${path.replace(/\//g, '-')}`;
              await checkPage(page, { phone, findings, label, shot });
              pages += 1;
              if (path === '/cockpit' && !phone) {
                for (const width of [1366, 1440]) {
                  await page.setViewportSize({ width, height: 900 });
                  await page.waitForTimeout(400);
                  for (const card of await cutCockpitTables(page))
                    findings.push(`${label} at ${width} px: the table of ${card} does not fit its card`);
                }
              }
              for (const dialog of DIALOGS[path] ?? []) {
                where = `${path} → ${dialog.name}`;
                if (!(await dialog.open(page))) continue;
                const modal = page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal').last();
                await modal.waitFor();
                await settle(page, inFlight);
                await checkPage(page, {
                  phone,
                  findings,
                  label: `${role}/${device} ${where}`,
                  shot: `${shot}-${dialog.name}`,
                  within: '.ant-modal-wrap:not([style*="display: none"]) .ant-modal',
                });
                pages += 1;
                await page.keyboard.press('Escape');
                await modal.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
              }
              for (const extra of EXTRA_PAGES[path] ?? []) {
                const target =
                  extra.path ??
                  (await page
                    .locator(extra.link)
                    .first()
                    .getAttribute('href')
                    .catch(() => null));
                if (!target) continue;
                where = `${path} → ${target}`;
                await openInApp(page, target);
                await settle(page, inFlight);
                await checkPage(page, {
                  phone,
                  findings,
                  label: `${role}/${device} ${target}`,
                  shot: `${shot}-${extra.name}`,
                });
                pages += 1;
              }
            });
          }
          await context.close();
        }
      }
    } catch (error) {
      if (findings.length > 0) console.log(`findings before the failure:\n${findings.join('\n')}`);
      throw error;
    } finally {
      await browser.close();
      if (!process.env.SWEEP_DIST) rmSync(dist, { recursive: true, force: true });
    }
    const seconds = (ms) => Math.round(ms / 1000);
    console.log(
      `sweep: ${pages} pages in ${seconds(Date.now() - built)} s (+ ${seconds(built - started)} s for the development build)`,
    );
    assert.deepEqual(findings, [], `the sweep found ${findings.length} problems:\n${findings.join('\n')}`);
  },
);
