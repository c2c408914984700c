import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, signedInPage, withBrowser } from './browser.mjs';

test('an officer adds a firm, finds it by pinyin initials, opens it and tags it a gazelle', { timeout: 180_000 }, () =>
  withBrowser(async (browser) => {
    const page = await signedInPage(browser, 'officer', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('menu').getByText('目标企业', { exact: true }).click();
    await page.getByRole('heading', { name: '目标企业库' }).waitFor();

    const name = '华东旅游测试新材料有限公司';
    await page.getByRole('button', { name: '新增企业' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('企业名称').fill(name);
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name }).waitFor();

    await page.getByText('返回企业列表').click();
    await page.getByLabel('搜索企业').fill('hdlycsxcl');
    await page.getByLabel('搜索企业').press('Enter');
    await page.waitForURL(/q=hdlycsxcl/);
    // The search narrows 300-odd demo firms to exactly this one.
    await page.waitForFunction(() => document.querySelectorAll('tbody tr.ant-table-row').length === 1);
    const link = page.getByRole('link', { name });
    assert.equal(await link.count(), 1);

    // The firm is the officer's unit's: narrowing to that owner unit keeps it, and the URL keeps the filter.
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.json()));
    const owner = page.getByRole('combobox', { name: '负责单位' });
    await owner.click();
    await owner.fill(me.unit.name); // a district has dozens of units: search, as a person would
    await page.locator(`.ant-select-item-option[title="${me.unit.name}"]`).click();
    await page.waitForURL(new RegExp(`ownerUnitId=${me.unit.id}`));
    assert.match(page.url(), /q=hdlycsxcl/);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr.ant-table-row').length === 1);
    await link.click();

    await page.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('dialog').getByLabel('标签').click();
    await page.locator('.ant-select-item-option', { hasText: '瞪羚' }).click();
    await page.getByRole('dialog').getByText('编辑企业').click(); // close the dropdown, keep the form
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('.ant-tag', { hasText: '瞪羚' }).first().waitFor();
    await page.screenshot({ path: SCREENSHOTS + 'enterprise-detail.png', fullPage: true });
  }),
);
