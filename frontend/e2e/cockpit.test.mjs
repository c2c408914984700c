import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, launch, loginAs, step } from './browser.mjs';

test('a leader opens the cockpit, moves the as-of date and drills from a figure to its projects', { timeout: 240_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    page.setDefaultTimeout(45_000);
    await loginAs(page, 'leader');

    await step(page, 'open the cockpit', async () => {
      await page.goto(new URL('/cockpit', page.url()).toString());
      await page.getByTestId('kpi-new-value').waitFor();
      await page.screenshot({ path: SCREENSHOTS + 'cockpit.png', fullPage: true });
    });

    await step(page, 'move the as-of date to 30 June', async () => {
      const asOf = page.getByLabel('统计截至日期');
      await asOf.click();
      await asOf.fill('2026-06-30');
      await asOf.press('Enter');
      await page.waitForURL(/asOf=2026-06-30/);
      await page.getByTestId('cockpit-period').getByText(/6月30日/).waitFor();
    });

    const signed = await step(page, 'read the new signed figure', async () => {
      const link = page.getByTestId('kpi-new-signed');
      await link.waitFor();
      const count = Number((await link.innerText()).replace(/[^0-9]/g, ''));
      assert.ok(count > 0, 'the demo has signings in the first half year');
      return count;
    });

    await step(page, 'drill down to the signed projects', async () => {
      await page.getByTestId('kpi-new-signed').click();
      await page.waitForURL(/\/projects\?.*newStage=SIGNED/);
      assert.match(page.url(), /from=2026-01-01/);
      assert.match(page.url(), /to=2026-06-30/);
      await page.getByText('清除驾驶舱筛选').waitFor();
      await page.locator('tbody tr.ant-table-row').first().waitFor();
      // The list behind the figure has exactly as many projects as the figure says.
      const total = await page.evaluate(async () => {
        const query = window.location.search;
        const answer = await fetch(`/api/projects${query}`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
        return (await answer.json()).total;
      });
      assert.equal(total, signed, `cockpit says ${signed} new signed projects, the drill-down list has ${total}`);
      await page.screenshot({ path: SCREENSHOTS + 'cockpit-drilldown.png', fullPage: true });
    });

    await step(page, "download October's monthly report", async () => {
      await page.goto(new URL('/reports?month=2026-10', page.url()).toString());
      const button = page.getByRole('link', { name: /下载 Excel/ });
      await button.waitFor();
      await page.waitForFunction(() => !document.querySelector('a[aria-disabled="true"]'));
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.match(download.suggestedFilename(), /2026-10\.xlsx$/);
      await page.screenshot({ path: SCREENSHOTS + 'monthly-report.png', fullPage: true });
    });
  } finally {
    await browser.close();
  }
});
