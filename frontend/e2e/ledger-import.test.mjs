import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, signedInPage, step, withBrowser } from './browser.mjs';

// BrowserJourneyTest writes the district's Jan–Sep 2024 ledger (one sheet "1-9月台账") and passes its path; the
// suffix makes its unit, zone, project and investor names unique to this run.
const SHEET = process.env.LEDGER_SHEET;
const SUFFIX = process.env.LEDGER_SUFFIX ?? '';
const UNIT = `北园街道${SUFFIX}`;
const ZONE = `北部智造组团${SUFFIX}`;

/** Opens an antd Select by its accessible name, optionally types to filter, and picks the option of that label. */
async function choose(page, scope, name, option, search) {
  // antd puts the aria-label on the wrapper and the input; the input sits under the shown value, so the click goes
  // to the wrapper that holds the named combobox.
  await scope.locator('.ant-select', { has: page.getByRole('combobox', { name, exact: true }) }).click();
  if (search) await page.keyboard.type(search);
  await page
    .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`)
    .click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

async function openLedgerImport(page) {
  await page.goto(new URL('/projects', page.url()).toString());
  await page.getByRole('heading', { name: '招商项目' }).waitFor();
  await page.getByRole('button', { name: '导入台账' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('点击或拖入台账文件').waitFor();
  return dialog;
}

/** The cockpit figures the ledger feeds, as shown (funds in 亿元 with 2 decimals, foreign capital in 万美元). */
const readFigures = (page) =>
  page.evaluate(() => {
    const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
    return {
      newSignedYear: text('kpi-new-signed'),
      newSignedMonth: text('kpi-month-signed'),
      totalInvestment: text('kpi-investment-value'),
      fundsYear: text('kpi-funds-value'),
      fundsMonth: text('kpi-funds-month'),
      foreignYear: text('kpi-foreign-value'),
      foreignMonth: text('kpi-foreign-month'),
    };
  });

test(
  "a statistician imports the district's own Jan–Sep ledger: header rows and month recognised, 推进状态 mapped to 阶段, unit and zone created, figures in the cockpit",
  { timeout: 240_000, skip: SHEET ? false : 'LEDGER_SHEET is not set (BrowserJourneyTest writes the ledger sheet)' },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'stats', { timeout: 45_000 });
      const dialog = await step(page, 'open the ledger import from 招商项目', () => openLedgerImport(page));

      await step(
        page,
        'upload the sheet and see what was recognised: header rows 3–4, month 2024-09 from the title',
        async () => {
          await dialog.locator('input[type=file]').setInputFiles(SHEET);
          await dialog.getByText('表头：第 3–4 行').waitFor();
          await dialog.getByText('项目行：3 行').waitFor();
          assert.equal(await dialog.getByLabel('台账月份').inputValue(), '2024-09');
          await dialog.getByText('根据表格标题识别').waitFor();
          // 推进状态 is not a header the import knows: 阶段, a required field, has no column yet.
          await dialog.getByText('必填字段还没有对应的列：阶段').waitFor();
          assert.ok(
            await dialog.getByRole('button', { name: '下一步：检查' }).isDisabled(),
            'the check waits for 阶段',
          );
        },
      );

      await step(page, 'map 推进状态 to 阶段', async () => {
        await choose(page, dialog, '“推进状态”导入为', '阶段', '阶段');
        await dialog.getByText('必填字段还没有对应的列').waitFor({ state: 'detached' });
        await page.screenshot({ path: SCREENSHOTS + 'ledger-import-mapping.png' });
      });

      await step(page, 'check: the unknown unit and zone are listed once each', async () => {
        await dialog.getByRole('button', { name: '下一步：检查' }).click();
        const names = dialog.getByRole('list', { name: '系统中没有的名称' });
        await names.getByText(UNIT, { exact: true }).waitFor();
        await names.getByText(ZONE, { exact: true }).waitFor();
        assert.ok(
          await dialog.getByRole('button', { name: '重新检查' }).isDisabled(),
          'no check again before every name has a choice',
        );
        await page.screenshot({ path: SCREENSHOTS + 'ledger-import-unresolved.png' });
      });

      await step(page, 'choose 新建 for the unit and the zone and check again: valid', async () => {
        await choose(page, dialog, `“${UNIT}”（责任单位）对应到`, `新建“${UNIT}”`, UNIT);
        await choose(page, dialog, `“${ZONE}”（组团）对应到`, `新建“${ZONE}”`, ZONE);
        await dialog.getByRole('button', { name: '重新检查' }).click();
        await dialog.getByText('检查通过：共 3 行，将新增 3 个项目').waitFor();
      });

      await step(page, 'import', async () => {
        await dialog.getByRole('button', { name: '导入', exact: true }).click();
        await dialog.getByText('导入完成').waitFor({ timeout: 60_000 });
        await dialog.getByText('2024-09 台账：新增 3 个项目').waitFor();
        // The result's own button (the dialog's × is named 关闭 too).
        await dialog.locator('.ant-result').getByRole('button', { name: '关闭' }).click();
        await dialog.waitFor({ state: 'detached' });
      });

      await step(page, `open the cockpit as of 2024-09-30 for ${UNIT} and read the ledger's figures`, async () => {
        await page.goto(new URL('/cockpit?asOf=2024-09-30', page.url()).toString());
        await page.getByTestId('kpi-new-value').waitFor();
        const answered = page.waitForResponse(
          (r) =>
            r.url().includes('/api/cockpit?') && r.url().includes('asOf=2024-09-30') && r.url().includes('unitId='),
        );
        await choose(page, page, '责任单位', UNIT, UNIT);
        await page.waitForURL(/asOf=2024-09-30.*unitId=\d+|unitId=\d+.*asOf=2024-09-30/);
        await answered;
        const expected = {
          newSignedYear: '3',
          newSignedMonth: '2',
          // 2.5 + 1.2 + 0.8 亿元 in the sheet (converted to 万元 by the header's unit), shown again in 亿元.
          totalInvestment: '4.50',
          // 2300 and 1100 万元, shown in 亿元.
          fundsYear: '0.23',
          fundsMonth: '0.11',
          foreignYear: '140',
          foreignMonth: '140',
        };
        // The figures of the unit replace the district's once its answer is rendered.
        await page
          .waitForFunction(
            (want) => {
              const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
              return text('kpi-new-signed') === want.newSignedYear && text('kpi-funds-value') === want.fundsYear;
            },
            expected,
            { timeout: 15_000 },
          )
          .catch(() => {});
        assert.deepEqual(await readFigures(page), expected);
        await page.screenshot({ path: SCREENSHOTS + 'ledger-import-cockpit.png', fullPage: true });
      });

      await page.close();

      const phone = await signedInPage(browser, 'stats', { phone: true, timeout: 45_000 });
      const phoneDialog = await step(phone, 'open the ledger import on a phone', () => openLedgerImport(phone));
      await step(
        phone,
        'upload the same sheet on the phone: the mapping of the last import is remembered',
        async () => {
          await phoneDialog.locator('input[type=file]').setInputFiles(SHEET);
          await phoneDialog.getByText('表头：第 3–4 行').waitFor();
          await phoneDialog.getByText('已按上次导入的对应关系识别').waitFor();
          await phone.screenshot({ path: SCREENSHOTS + 'ledger-import-mapping-phone.png' });
        },
      );
    }),
);
