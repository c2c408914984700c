import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, signedInPage, step, withBrowser } from './browser.mjs';

test(
  'a leader opens the cockpit, moves the as-of date and drills from a figure to its projects',
  { timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'leader', { viewport: { width: 1600, height: 1000 }, timeout: 45_000 });

      await step(page, 'open the cockpit', async () => {
        await page.goto(new URL('/cockpit', page.url()).toString());
        await page.getByTestId('kpi-new-value').waitFor();
        await page.screenshot({ path: SCREENSHOTS + 'cockpit.png', fullPage: true });
      });

      const signed = await step(page, 'move the as-of date to 30 June and read the new signed figure', async () => {
        const asOf = page.getByLabel('统计截至日期');
        // The old figures stay on screen while the new ones load: wait for the answer for 30 June itself.
        const answered = page.waitForResponse(
          (r) => r.url().includes('/api/cockpit') && r.url().includes('asOf=2026-06-30'),
        );
        await asOf.click();
        await asOf.fill('2026-06-30');
        await asOf.press('Enter');
        await page.waitForURL(/asOf=2026-06-30/);
        const figures = await (await answered).json();
        const count = figures.projects.newThisYear.signed;
        assert.ok(count > 0, 'the demo has signings in the first half year');
        await page.waitForFunction(
          (expected) =>
            document.querySelector('[data-testid="kpi-new-signed"]')?.textContent?.replace(/[^0-9]/g, '') ===
            String(expected),
          count,
        );
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
    }),
);
