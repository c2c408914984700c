import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, signedInPage, step, withBrowser } from './browser.mjs';

const CHAIN = /新型功能材料/;

/** Opens the first gap (补链) node of the node list and waits for its ranked candidates. */
async function openFirstGap(page) {
  const list = page.getByRole('navigation', { name: '环节列表' });
  const gap = list.getByRole('button').filter({ hasText: '补链' }).first();
  const name = (await gap.locator('strong').textContent())?.trim();
  await gap.click();
  await page.waitForURL(/[?&]node=\d+/);
  const panel = page.getByRole('dialog');
  await panel.getByText(name, { exact: true }).first().waitFor();
  const first = panel.locator('[data-testid^="candidate-"]').first();
  await first.waitFor();
  // The panel slides in from the right: wait until it rests against the window's edge.
  await page.waitForFunction(() => {
    const wrapper = document.querySelector('.ant-drawer-content-wrapper');
    return wrapper && Math.abs(wrapper.getBoundingClientRect().right - window.innerWidth) < 1;
  });
  return { name, panel, first };
}

test(
  'an officer follows the chain map to a gap and sees its ranked candidates with reasons',
  { timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'officer', { viewport: { width: 1440, height: 1000 }, timeout: 45_000 });

      await step(page, 'open 产业链图谱 from the navigation', async () => {
        await page.getByRole('menu').getByText('产业链图谱', { exact: true }).click();
        await page.getByRole('heading', { name: '产业链图谱' }).waitFor();
      });

      const chainUrl = await step(page, 'open the 新型功能材料 chain and see its map', async () => {
        await page.getByRole('link', { name: CHAIN }).first().click();
        await page.getByRole('heading', { name: CHAIN }).waitFor();
        await page.locator('[data-testid="chain-graph"] canvas').first().waitFor();
        await page.getByRole('navigation', { name: '环节列表' }).getByRole('button').first().waitFor();
        await page.screenshot({ path: SCREENSHOTS + 'chain-map.png', fullPage: true });
        return page.url();
      });

      await step(page, 'show only the gaps', async () => {
        await page.getByRole('checkbox', { name: '只看缺口' }).click();
        const list = page.getByRole('navigation', { name: '环节列表' });
        await page.waitForURL(/gaps=1/);
        // The list follows the address on the next render: wait for the covered nodes to leave it.
        await list.getByRole('button').filter({ hasText: '已覆盖' }).first().waitFor({ state: 'detached' });
        assert.ok((await list.getByRole('button').filter({ hasText: '补链' }).count()) > 0, 'the demo chain has gaps');
      });

      const gap = await step(page, 'open a gap node and read its ranked candidates with reasons', async () => {
        const { name, panel, first } = await openFirstGap(page);
        const text = await first.textContent();
        assert.match(text, /第 1 名 · \d+ 分/);
        assert.match(text, /\+\d+/, 'each reason says its points');
        // Candidates are ranked: the scores never go up down the list.
        const scores = await panel
          .locator('[data-testid^="candidate-"]')
          .evaluateAll((tags) => tags.map((tag) => Number(tag.textContent.match(/(\d+) 分/)?.[1])));
        assert.deepEqual(
          scores,
          [...scores].sort((a, b) => b - a),
        );
        await page.screenshot({ path: SCREENSHOTS + 'chain-node.png', fullPage: false });
        return { name, firm: panel.locator('a[href^="/enterprises/"]').first() };
      });

      await step(page, "open the best candidate's page and come back to the node from its chain card", async () => {
        const firmName = (await gap.firm.textContent()).trim();
        await gap.firm.click();
        await page.getByRole('heading', { name: firmName }).waitFor();
        const card = page.getByTestId('enterprise-chain-card');
        const back = card.getByRole('link', { name: new RegExp(gap.name) });
        await back.waitFor();
        await page.screenshot({ path: SCREENSHOTS + 'enterprise-chain-card.png', fullPage: true });
        await back.click();
        await page.waitForURL(/\/chains\/\d+\?node=\d+/);
        await page.getByRole('dialog').getByText(firmName).first().waitFor();
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      });

      await step(page, 'open a node by clicking it on the map itself', async () => {
        await page.goto(chainUrl);
        const canvas = page.locator('[data-testid="chain-graph"] canvas').first();
        await canvas.waitFor();
        const box = await canvas.boundingBox();
        // The upstream column is the left third; find a node box there by the pointer the map shows over it.
        let found = false;
        for (let y = box.y + 60; y < box.y + box.height && !found; y += 12) {
          await page.mouse.move(box.x + box.width / 6, y);
          found = await canvas.evaluate(
            (c) => getComputedStyle(c).cursor === 'pointer' || getComputedStyle(c.parentElement).cursor === 'pointer',
          );
          if (found) await page.mouse.click(box.x + box.width / 6, y);
        }
        assert.ok(found, 'a node of the upstream column is under the pointer somewhere');
        await page.waitForURL(/[?&]node=\d+/);
        await page.getByRole('dialog').getByText('本地企业', { exact: false }).first().waitFor();
      });
    }),
);

test('the chain map works on a 390 px phone', { timeout: 240_000 }, () =>
  withBrowser(async (browser) => {
    const page = await signedInPage(browser, 'officer', { phone: true, timeout: 45_000 });
    await step(page, 'open the 新型功能材料 chain on a phone', async () => {
      await page.goto(new URL('/chains', page.url()).toString());
      await page.getByRole('link', { name: CHAIN }).first().click();
      await page.getByRole('heading', { name: CHAIN }).waitFor();
      await page.locator('[data-testid="chain-graph"] canvas').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page does not scroll sideways (${overflow} px too wide)`);
      await page.screenshot({ path: SCREENSHOTS + 'chain-map-phone.png', fullPage: true });
      await page.getByTestId('chain-graph').screenshot({ path: SCREENSHOTS + 'chain-graph-phone.png' });
    });
    await step(page, 'open a gap node in a full-width panel', async () => {
      const { panel } = await openFirstGap(page);
      const width = await panel.evaluate(
        (el) => el.closest('.ant-drawer-content-wrapper')?.getBoundingClientRect().width,
      );
      assert.equal(Math.round(width), 390);
      await page.screenshot({ path: SCREENSHOTS + 'chain-node-phone.png', fullPage: false });
    });
  }),
);
