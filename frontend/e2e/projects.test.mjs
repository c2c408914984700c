import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, signedInPage, step, withBrowser } from './browser.mjs';

test(
  'an officer drags a project from 在谈 to 签约, gives the signing date and sees it in the history',
  { timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'officer');
      const name = `看板拖动旅程测试项目${Date.now() % 100000}`;

      await step(page, 'create a negotiating project', async () => {
        await page.goto(new URL('/projects', page.url()).toString());
        await page.getByRole('heading', { name: '招商项目' }).waitFor();
        await page.getByRole('button', { name: '新建项目' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('项目名称').fill(name);
        await dialog.locator('.ant-form-item', { hasText: '起始阶段' }).locator('.ant-select-selector').click();
        await page.locator('.ant-select-item-option', { hasText: '在谈' }).click();
        await dialog.getByLabel('业务日期').click();
        await dialog.getByLabel('业务日期').fill('2026-01-05');
        await dialog.getByLabel('业务日期').press('Enter');
        await dialog.getByRole('button', { name: /保\s*存/ }).click();
        await page.getByRole('heading', { name }).waitFor();
      });

      const code = await step(page, 'read the new project code', async () => {
        const text = await page.locator('body').innerText();
        const match = text.match(/XM\d{4}-\d{5}/);
        assert.ok(match, 'the detail page shows the generated code');
        return match[0];
      });

      await step(page, 'open the board filtered to the project', async () => {
        await page.goto(new URL(`/projects/board?q=${encodeURIComponent(name)}`, page.url()).toString());
        await page.getByTestId(`project-card-${code}`).waitFor();
        const negotiating = page.getByTestId('board-column-NEGOTIATING');
        assert.equal(await negotiating.getByTestId(`project-card-${code}`).count(), 1);
      });

      await step(page, 'drag the card to the 签约 column', async () => {
        const card = page.getByTestId(`project-card-${code}`);
        const target = page.getByTestId('board-column-SIGNED');
        const from = await card.boundingBox();
        const to = await target.boundingBox();
        await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
        await page.mouse.down();
        await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
        await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
        await page.mouse.up();
        await page.getByRole('dialog').getByLabel('业务日期').waitFor();
      });

      await step(page, 'fill the signing date and agreement type', async () => {
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('业务日期').click();
        await dialog.getByLabel('业务日期').fill('2026-01-15');
        await dialog.getByLabel('业务日期').press('Enter');
        await dialog.locator('.ant-form-item', { hasText: '协议类型' }).locator('.ant-select-selector').click();
        await page.locator('.ant-select-item-option', { hasText: '正式协议' }).click();
        await dialog.getByRole('button', { name: '确认变更' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByTestId('board-column-SIGNED').getByTestId(`project-card-${code}`).waitFor();
      });

      await step(page, 'see the signing in the stage history', async () => {
        await page.getByTestId(`project-card-${code}`).click();
        await page.getByRole('heading', { name }).waitFor();
        await page.getByRole('tab', { name: '阶段历史' }).click();
        const history = page.getByRole('tabpanel');
        await history.getByText('2026-01-15').first().waitFor();
        await history.getByText('正式协议').first().waitFor();
        await page.screenshot({ path: SCREENSHOTS + 'project-history.png', fullPage: true });
      });
    }),
);
