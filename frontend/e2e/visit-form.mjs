// The new-visit form as the visit journeys fill it in.
import assert from 'node:assert/strict';

/** Opens /visits/new clean: a draft left over from an earlier run would prefill the form. */
export async function openNewVisitForm(page, baseUrl) {
  await page.goto(new URL('/visits/new', baseUrl).toString());
  await page.getByRole('heading', { name: '新增走访' }).waitFor();
  const leftover = page.getByRole('button', { name: '放弃草稿' });
  if (await leftover.isVisible()) {
    await leftover.click();
    await leftover.waitFor({ state: 'detached' });
  }
}

/** Searches the target library in the firm picker and picks the first firm found; answers its name. */
export async function pickFirstFirm(page, term) {
  const picker = page.getByLabel('企业', { exact: true });
  await picker.click();
  await picker.fill(term);
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first();
  await option.waitFor();
  await option.click();
  const chosen = page
    .locator('.ant-form-item', { has: page.locator('#enterprise') })
    .locator('.ant-select-selection-item');
  await chosen.waitFor();
  const name = await chosen.getAttribute('title');
  assert.ok(name && name.includes(term), `the chosen firm's name holds ${term}, got ${name}`);
  return name;
}
