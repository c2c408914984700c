import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SCREENSHOTS, signedInPage, step, withBrowser } from './browser.mjs';
import { readSheet } from './xlsx.mjs';

/** Issue #22, item 2: the statistician exports the project list as filtered on screen and gets those rows. */
test(
  'a statistician filters the projects to 在谈, exports them and reads back the same rows',
  { timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'stats');

      const total = await step(page, 'open the project list and keep only 在谈 through the stage filter', async () => {
        await page.goto(new URL('/projects', page.url()).toString());
        await page.getByRole('heading', { name: '招商项目' }).waitFor();
        const filtered = page.waitForResponse(
          (r) => r.url().includes('/api/projects?') && new URL(r.url()).searchParams.get('stage') === 'NEGOTIATING',
        );
        await page.getByRole('combobox', { name: '阶段' }).click();
        await page.locator('.ant-select-item-option', { hasText: '在谈' }).click();
        await page.keyboard.press('Escape');
        const { total } = await (await filtered).json();
        // The list keeps the previous page on screen while the filtered one loads: wait for the new count.
        const shown = page.locator('.ant-pagination-total-text', { hasText: `共 ${total} 个` });
        await shown.waitFor();
        const match = (await shown.innerText()).match(/共 (\d+) 个/);
        return Number(match[1]);
      });
      assert.ok(total > 0, 'the demo has negotiating projects');

      const download = await step(page, 'click 导出 Excel and take the file', async () => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: /导出 Excel/ }).click(),
        ]);
        await page.screenshot({ path: SCREENSHOTS + 'list-export.png' });
        return file;
      });

      await step(page, 'read the sheet: every row 在谈, as many as the list said', async () => {
        assert.match(download.suggestedFilename(), /^项目清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
        const [header, ...rows] = readSheet(await readFile(await download.path()));
        const stage = header.indexOf('阶段');
        assert.ok(stage >= 0, `a 阶段 column in ${header.join(' | ')}`);
        assert.equal(rows.length, total, 'the file holds the rows the list counts');
        assert.deepEqual([...new Set(rows.map((row) => row[stage]))], ['在谈']);
        const money = header.indexOf('总投资(万元)');
        assert.ok(
          rows.some((row) => row[money] !== undefined && !Number.isNaN(Number(row[money]))),
          'total investment as numbers',
        );
      });
    }),
);
