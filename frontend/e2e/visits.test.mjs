import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, signedInPage, step, withBrowser } from './browser.mjs';
import { openNewVisitForm, pickFirstFirm } from './visit-form.mjs';

test(
  'an officer logs a visit on a phone, loses nothing to a reload, and finds it on the firm’s timeline',
  { timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'officer', { phone: true });
      const stamp = Date.now() % 100000;
      const firstPart = `旅程测试走访${stamp}：企业计划在天桥区新建研发中心，`;
      const summaryText = `${firstPart}希望了解济泺路沿线的楼宇载体和人才政策。`;

      await step(page, 'open the new-visit form', () => openNewVisitForm(page, page.url()));

      const firm = await step(page, 'search the target library for 济南 and pick the first firm', () =>
        pickFirstFirm(page, '济南'),
      );

      await step(page, 'choose the kind and type part of the summary', async () => {
        await page.getByRole('radio', { name: '来访接待' }).tap();
        assert.equal(await page.getByRole('radio', { name: '来访接待' }).getAttribute('aria-checked'), 'true');
        await page.getByLabel('走访纪要').fill(firstPart);
      });

      await step(page, 'reload mid-typing and see the draft restored', async () => {
        await page.reload();
        await page.getByText('已恢复未保存的草稿').waitFor();
        assert.equal(await page.getByLabel('走访纪要').inputValue(), firstPart);
        assert.equal(await page.getByRole('radio', { name: '来访接待' }).getAttribute('aria-checked'), 'true');
        const chosen = page
          .locator('.ant-form-item', { has: page.locator('#enterprise') })
          .locator('.ant-select-selection-item');
        assert.equal(await chosen.getAttribute('title'), firm);
        await page.screenshot({ path: SCREENSHOTS + 'visit-draft-restored.png', fullPage: true });
      });

      await step(page, 'finish the form', async () => {
        await page.getByLabel('走访纪要').fill(summaryText);
        await page.getByRole('radio', { name: '明确' }).tap();
        await page.getByLabel('下一步').fill('发送楼宇载体清单');
      });

      const visitId = await step(page, 'save with the sticky button and land on the visit', async () => {
        const save = page.getByRole('button', { name: '保存走访' });
        // On a phone the save button stays in view at the bottom of the screen.
        const box = await save.boundingBox();
        assert.ok(
          box && box.y + box.height <= 844 && box.height >= 44,
          `save button visible and tall enough: ${JSON.stringify(box)}`,
        );
        await save.tap();
        await page.waitForURL(/\/visits\/\d+$/);
        await page.getByRole('heading', { name: `走访：${firm}` }).waitFor();
        await page.getByText(summaryText).waitFor();
        return new URL(page.url()).pathname.split('/').pop();
      });

      await step(page, 'the draft is gone after saving', async () => {
        const keys = await page.evaluate(() =>
          Object.keys(localStorage).filter((key) => key.startsWith('attract.visitDraft.')),
        );
        assert.deepEqual(keys, []);
      });

      await step(page, "see the visit on the firm's timeline", async () => {
        await page.getByRole('link', { name: firm, exact: true }).click();
        await page.getByRole('heading', { name: firm }).waitFor();
        const entry = page.locator(`a[href="/visits/${visitId}"]`);
        await entry.scrollIntoViewIfNeeded();
        await entry.waitFor();
        await page.screenshot({ path: SCREENSHOTS + 'visit-on-timeline.png', fullPage: true });
      });
    }),
);
