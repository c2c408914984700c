import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, PHONE, SCREENSHOTS, launch, loginAs, step } from './browser.mjs';
import { openNewVisitForm, pickFirstFirm } from './visit-form.mjs';

/** What the page itself reads from the server, with its session. */
const get = (page, path) =>
  page.evaluate(async (url) => {
    const response = await fetch(url, {
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  }, path);

/** The queued visits of a login, read from the app's IndexedDB store as the app wrote them. */
const queued = (page, owner) =>
  page.evaluate(
    (login) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('attract');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('visit-queue').objectStore('visit-queue').get(login);
          read.onsuccess = () =>
            resolve(
              (read.result ?? []).map(({ key, input, state, photos }) => ({
                key,
                input,
                state,
                photos: photos.map(({ key, name, file }) => ({ key, name, size: file.size })),
              })),
            );
          read.onerror = () => reject(read.error);
        };
      }),
    owner,
  );

test(
  'on a phone, a visit saved without a network waits in the queue and is sent once when the network returns',
  { timeout: 300_000 },
  async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const problems = [];
      let offline = false;
      let loggedIn = false;
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        // The login is the provider's page (no icon: Chromium asks for /favicon.ico) and a 401 first.
        if (!loggedIn) return;
        // Offline, the requests the page still makes (who am I, the reminders) fail, and Chromium says so.
        if (offline && /ERR_INTERNET_DISCONNECTED/.test(message.text())) return;
        problems.push(`${message.type()} on ${page.url()}: ${message.text()} (${message.location()?.url ?? ''})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await loginAs(page, 'officer');
      loggedIn = true;
      const stamp = Date.now() % 100000;
      const firstPart = `离线走访${stamp}：厂区信号不好，`;
      const summaryText = `${firstPart}企业有意在天桥区设立区域总部。`;

      await step(page, 'the app is installable: its manifest, icons and service worker', async () => {
        const manifest = await get(page, '/manifest.webmanifest');
        assert.equal(manifest.status, 200);
        assert.match(manifest.headers['content-type'], /^application\/manifest\+json/);
        const app = JSON.parse(manifest.body);
        assert.equal(app.name, '招商引资管理平台');
        assert.equal(app.short_name, '招商');
        assert.equal(app.display, 'standalone');
        assert.ok(app.icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable'));
        for (const icon of app.icons) assert.equal((await get(page, icon.src)).headers['content-type'], 'image/png');
        const worker = await get(page, '/sw.js');
        assert.equal(worker.status, 200);
        assert.match(worker.headers['content-type'], /javascript/);
        assert.equal(worker.headers['cache-control'], 'no-cache');
        assert.doesNotMatch(worker.body, /\/api\//, 'the worker caches nothing of the API');
        // The worker installs (the shell precached) and takes the page.
        await page.evaluate(() => navigator.serviceWorker.ready);
        await page.reload();
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      });

      await step(page, 'open the new-visit form and pick a firm while the network is there', async () => {
        await openNewVisitForm(page, BASE_URL);
        await pickFirstFirm(page, '济南');
        await page.getByLabel('走访纪要').fill(firstPart);
      });

      await step(
        page,
        'the network drops; a reload still opens the app (the service worker) and the draft',
        async () => {
          offline = true;
          await context.setOffline(true);
          await page.reload();
          await page.getByRole('heading', { name: '新增走访' }).waitFor();
          await page.getByText('已恢复未保存的草稿').waitFor();
          await page.getByText('当前网络不可用，仍可照常保存').waitFor();
          assert.equal(await page.getByLabel('走访纪要').inputValue(), firstPart);
          await page.screenshot({ path: SCREENSHOTS + 'visit-offline-form.png', fullPage: true });
        },
      );

      await step(page, 'finish the visit offline and save it: 待同步 1 条', async () => {
        await page.getByLabel('走访纪要').fill(summaryText);
        await page.getByRole('radio', { name: '明确' }).tap();
        // A photo from the phone's camera (a screenshot stands in): it waits with the visit.
        const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } });
        await page
          .locator('input[type=file][accept="image/*"]')
          .setInputFiles({ name: 'IMG_offline.png', mimeType: 'image/png', buffer: photo });
        await page.getByText('IMG_offline.png').waitFor();
        await page.getByRole('button', { name: '保存走访' }).tap();
        await page.waitForURL(/\/visits$/);
        await page.getByRole('link', { name: '待同步 1 条' }).waitFor();
        const list = page.getByLabel('待同步的走访');
        await list.getByText(/走访日期 \d{4}-\d{2}-\d{2}/).waitFor();
        await page.screenshot({ path: SCREENSHOTS + 'visit-offline-queued.png', fullPage: true });
      });

      const [item] = await step(page, 'the queued visit keeps the key it was saved with', async () => {
        const items = await queued(page, 'officer');
        assert.equal(items.length, 1);
        assert.equal(items[0].input.summary, summaryText);
        assert.match(items[0].key, /^[0-9a-f-]{36}$/);
        assert.equal(items[0].photos.length, 1, 'the photo waits with the visit');
        return items;
      });

      await step(
        page,
        'the network returns: the queue empties by itself, even when the sync is set off twice',
        async () => {
          await context.setOffline(false);
          offline = false;
          await page.evaluate(() => {
            window.dispatchEvent(new Event('online'));
            window.dispatchEvent(new Event('online'));
          });
          await page.getByRole('link', { name: /待同步 \d+ 条/ }).waitFor({ state: 'detached' });
          assert.deepEqual(await queued(page, 'officer'), []);
        },
      );

      const visitId = await step(
        page,
        'the server has the visit exactly once, and a replay of its key adds none',
        async () => {
          const found = await get(page, `/api/visits?q=${encodeURIComponent(`离线走访${stamp}`)}`);
          const visits = JSON.parse(found.body).items.filter((visit) => visit.summary === summaryText);
          assert.equal(visits.length, 1, `one visit with the text, got ${visits.length}`);
          const replay = await page.evaluate(
            async ({ key, input }) => {
              const response = await fetch('/api/visits', {
                method: 'POST',
                headers: {
                  Accept: 'application/json',
                  'Content-Type': 'application/json',
                  'X-Requested-With': 'XMLHttpRequest',
                  'Idempotency-Key': key,
                },
                body: JSON.stringify(input),
              });
              return { status: response.status, id: (await response.json()).id };
            },
            { key: item.key, input: item.input },
          );
          assert.deepEqual(replay, { status: 200, id: visits[0].id });
          const again = await get(page, `/api/visits?q=${encodeURIComponent(`离线走访${stamp}`)}`);
          assert.equal(JSON.parse(again.body).items.length, 1);
          return visits[0].id;
        },
      );

      await step(page, "the visit and its photo, sent once, are on the firm's timeline", async () => {
        const photos = await get(page, `/api/attachments?ownerType=VISIT&ownerId=${visitId}`);
        assert.equal(JSON.parse(photos.body).length, 1, 'one photo on the synced visit');
        await page.goto(`${BASE_URL}/enterprises/${item.input.enterpriseId}`);
        const entry = page.locator(`a[href="/visits/${visitId}"]`);
        await entry.scrollIntoViewIfNeeded();
        await entry.waitFor();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-testid="timeline-photos"] img')].some(
            (img) => img.complete && img.naturalWidth > 0,
          ),
        );
        await page.screenshot({ path: SCREENSHOTS + 'visit-offline-photo-timeline.png', fullPage: true });
      });

      assert.deepEqual(problems, [], `the console stayed clean:\n${problems.join('\n')}`);
    } finally {
      await browser.close();
    }
  },
);
