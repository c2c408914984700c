import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, call, loginAs, openPage, step, withBrowser } from './browser.mjs';

/**
 * Attachments (issue #22): an officer attaches a bank slip to a funds entry; the unit head of that unit opens it in
 * the page; an officer of another unit gets 404 for it; a visit photo shows on the firm's timeline.
 */

const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const desktop = { timeout: 45_000 };

/** Waits until the first image the CSS selector finds on the page has loaded. */
const imageLoaded = (page, selector) =>
  page.waitForFunction(
    (css) => {
      const img = document.querySelector(css);
      return img && img.complete && img.naturalWidth > 0;
    },
    selector,
    { timeout: 20_000 },
  );

test(
  'a bank slip on a funds entry: its unit opens it, another unit cannot; a visit photo on the timeline',
  { timeout: 300_000 },
  () =>
    withBrowser(async (browser) => {
      const admin = await openPage(browser, desktop);
      const officer = await openPage(browser, desktop);
      const head = await openPage(browser, desktop);
      const other = await openPage(browser, desktop);
      await loginAs(admin, 'admin');
      await loginAs(officer, 'officer');
      await loginAs(head, 'unithead');
      await loginAs(other, 'officer2');

      await step(admin, 'put officer and unit head in one street office, officer2 in another', async () => {
        const units = await call(admin, 'GET', '/api/units?size=200');
        const own = units.body.items.find((u) => u.code === 'wuyingshan');
        const elsewhere = units.body.items.find((u) => u.code !== 'wuyingshan');
        assert.ok(own && elsewhere, 'the demo has two units');
        for (const [username, unit] of [
          ['officer', own],
          ['unithead', own],
          ['officer2', elsewhere],
        ]) {
          const answer = await call(admin, 'PUT', `/api/users/${username}`, { unitId: unit.id });
          assert.equal(answer.status, 200, `assign ${username}`);
        }
      });

      const { project, fund } = await step(officer, 'record a funds entry on a project of the unit', async () => {
        const list = await call(officer, 'GET', '/api/projects?size=50');
        const project = list.body.items[0];
        assert.ok(project, 'the unit has a project');
        const answer = await call(officer, 'POST', `/api/projects/${project.id}/funds`, {
          arrivedOn: TODAY,
          amount: 12.5,
          foreignUsd: 0,
          originTier: 'LOCAL',
          evidence: '旅程测试银行回单',
        });
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        return { project, fund: answer.body };
      });

      const slip = await officer.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
      const openFunds = async (page) => {
        await page.goto(new URL(`/projects/${project.id}`, page.url()).toString());
        await page.getByRole('tab', { name: '到位资金' }).click();
        const row = page.locator(`tr[data-row-key="${fund.id}"]`);
        await row.locator('.ant-table-row-expand-icon').click();
        const panel = page.getByTestId(`attachments-FUND-${fund.id}`);
        await panel.waitFor();
        return panel;
      };

      const attachmentId = await step(officer, 'attach the bank slip to the funds entry', async () => {
        const panel = await openFunds(officer);
        const uploaded = officer.waitForResponse(
          (r) => r.url().endsWith('/api/attachments') && r.request().method() === 'POST',
        );
        await panel
          .getByTestId('attachment-file-input')
          .setInputFiles({ name: '银行回单.png', mimeType: 'image/png', buffer: slip });
        const answer = await uploaded;
        assert.equal(answer.status(), 201);
        await panel.getByText('银行回单.png').waitFor();
        return (await answer.json()).id;
      });

      await step(head, 'the unit head opens the slip in the page', async () => {
        const panel = await openFunds(head);
        await panel.getByText('银行回单.png').waitFor();
        await panel.getByRole('button', { name: '预览' }).click();
        const image = head.getByTestId('attachment-preview-image');
        await image.waitFor();
        await imageLoaded(head, '[data-testid="attachment-preview-image"]');
        await head.screenshot({ path: SCREENSHOTS + 'attachment-preview.png' });
      });

      await step(other, 'an officer of another unit gets 404 for it', async () => {
        const content = await call(other, 'GET', `/api/attachments/${attachmentId}/content`);
        assert.equal(content.status, 404);
        assert.equal(content.body.code, 'attachment.not_found');
        const list = await call(other, 'GET', `/api/attachments?ownerType=FUND&ownerId=${fund.id}`);
        assert.equal(list.status, 404);
      });

      const { firm, visit } = await step(officer, 'log a visit to a firm', async () => {
        const firms = await call(officer, 'GET', '/api/enterprises?size=1');
        const firm = firms.body.items[0];
        const answer = await call(officer, 'POST', '/api/visits', {
          visitedOn: TODAY,
          enterpriseId: firm.id,
          kind: 'ON_SITE',
          summary: '旅程测试：现场查看厂房，拍照留存。',
          intent: 'CLEAR',
        });
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        return { firm, visit: answer.body };
      });

      await step(officer, 'take a photo on the visit', async () => {
        await officer.goto(new URL(`/visits/${visit.id}`, officer.url()).toString());
        const panel = officer.getByTestId(`attachments-VISIT-${visit.id}`);
        await panel.waitFor();
        const photo = await officer.screenshot({ clip: { x: 0, y: 0, width: 400, height: 300 } });
        const uploaded = officer.waitForResponse((r) => r.url().endsWith('/api/attachments') && r.status() === 201);
        await panel
          .getByTestId('attachment-camera-input')
          .setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: photo });
        await uploaded;
        await panel.getByText('IMG_2041.png').waitFor();
      });

      await step(officer, "the photo shows on the firm's timeline", async () => {
        await officer.goto(new URL(`/enterprises/${firm.id}`, officer.url()).toString());
        const thumbnail = officer.getByTestId('timeline-photos').locator('img').first();
        await thumbnail.waitFor();
        await imageLoaded(officer, '[data-testid="timeline-photos"] img');
        await officer.screenshot({ path: SCREENSHOTS + 'timeline-photo.png' });
      });
    }),
);
