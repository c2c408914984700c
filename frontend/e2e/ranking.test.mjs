import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, launch, signedInPage, step, withBrowser } from './browser.mjs';

/**
 * 考核: the league table a leader reads before a meeting, the targets an admin sets, and the cockpit's card.
 * Actuals move as other journeys sign projects (projects.test.mjs), so every figure expected here is taken from
 * the answer the page itself received, never written down. The admin's change is put back, so the journey can
 * run again on the same database and the journeys after it see the demo's targets.
 */

/** Today in Beijing and the demo year (DemoProjects.demoYear: from November on, this year; else the last). */
function demoYear() {
  const beijing = new Date(Date.now() + 8 * 3600_000);
  const year = beijing.getUTCFullYear();
  return { year: beijing.getUTCMonth() + 1 >= 11 ? year : year - 1, currentYear: year };
}

const { year: YEAR, currentYear: CURRENT_YEAR } = demoYear();
/** 30 June of the demo year: always past, and well inside the demo's data (which ends on 30 November). */
const MID_YEAR = `${YEAR}-06-30`;

/** A wide desktop in Beijing time, with long waits. */
const DESKTOP = { viewport: { width: 1440, height: 1000 }, timezoneId: 'Asia/Shanghai', timeout: 45_000 };

/** As formatPercent shows it in zh-CN: at least one decimal, at most two. */
const percent = (value) =>
  `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(Number(value))}%`;
const amount = (value) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(Number(value));

/** actual ÷ target × 100, rounded half-up to two decimals, as the server does for project counts. */
const completion = (actual, target) => Math.floor((actual * 10000) / target + 0.5) / 100;

const isRanking = (url, asOf) => {
  const u = new URL(url);
  return u.pathname === '/api/ranking' && (asOf === undefined || u.searchParams.get('asOf') === asOf);
};

/** Types a date into an antd DatePicker found by its label and confirms it. */
async function pickDate(page, label, value) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** The tag that says 序时进度, once it shows the given as-of month. */
async function waitForMonth(page, month) {
  await page.waitForFunction(
    (m) => document.querySelector('[data-testid="time-progress"]')?.textContent?.includes(`（${m}/12）`),
    month,
  );
  return (await page.getByTestId('time-progress').textContent()).trim();
}

/**
 * The page shows the demo year: from the navigation it opens on the current year, which has no targets before
 * November. Answers the demo year's table if the page had to be moved to it.
 */
async function showDemoYear(page) {
  if (YEAR === CURRENT_YEAR) return null;
  const answered = page.waitForResponse((r) => isRanking(r.url()) && r.url().includes(`year=${YEAR}`) && r.ok());
  await pickDate(page, '年度', String(YEAR));
  return (await answered).json();
}

/** What the API answers the page's user, as the page's own requests ask. */
const getJson = (page, path) =>
  page.evaluate(async (url) => {
    const r = await fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' } });
    return r.json();
  }, path);

/** One unit's SIGNED cell on the wide table (columns: rank, unit, the four metrics, score). */
const signedCell = (page, unitId) => page.getByTestId(`ranking-row-${unitId}`).locator('td').nth(2);

/** The whole page fits the window's width. */
async function assertNoSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page does not scroll sideways (${overflow} px too wide)`);
}

/** Every unit of the answer is on the page, in the answer's order, with its score and rank. */
async function assertTableShows(page, answer) {
  const ids = await page
    .locator('[data-testid^="ranking-row-"]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-testid').replace('ranking-row-', ''))));
  assert.deepEqual(
    ids,
    answer.units.map((u) => u.unitId),
    'the units in the order the server ranked them',
  );
  const first = answer.units[0];
  assert.equal(first.rank, 1, 'someone is first');
  const row = page.getByTestId(`ranking-row-${first.unitId}`);
  const text = await row.innerText();
  assert.ok(text.includes(first.unitName), `row 1 names ${first.unitName}`);
  assert.ok(text.includes(Number(first.score).toFixed(2)), `row 1 shows the score ${first.score}: ${text}`);
}

test(
  'a leader reads the league table, moves the as-of month, and comes to it from the cockpit',
  { timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const page = await signedInPage(browser, 'leader', DESKTOP);

      const november = await step(
        page,
        'open 单位排名 from the navigation and see the ranked units of the demo year',
        async () => {
          const answered = page.waitForResponse((r) => isRanking(r.url()) && r.ok());
          await page.getByRole('menu').getByText('单位排名', { exact: true }).click();
          await page.waitForURL(/\/ranking/);
          await page.getByRole('heading', { name: '单位排名' }).waitFor();
          const first = await (await answered).json();
          const answer = (await showDemoYear(page)) ?? first;
          assert.equal(answer.year, YEAR);
          assert.ok(answer.units.length >= 5, `the demo has targets for its units (${answer.units.length})`);
          const tag = await waitForMonth(page, answer.month);
          assert.ok(tag.includes(percent(answer.timeProgressPercent)), `序时进度 ${tag}`);
          await page.locator('[data-testid^="ranking-row-"]').first().waitFor();
          await assertTableShows(page, answer);
          // The demo's targets put units both ahead of and behind 序时进度.
          await page
            .getByText(/超 [\d.]+ 个百分点/)
            .first()
            .waitFor();
          await page
            .getByText(/低于 [\d.]+ 个百分点/)
            .first()
            .waitFor();
          await page.screenshot({ path: SCREENSHOTS + 'ranking-year.png', fullPage: true });
          return { answer, tag };
        },
      );

      const june = await step(
        page,
        `move the as-of date to ${MID_YEAR} and see 序时进度 and the completions change`,
        async () => {
          const answered = page.waitForResponse((r) => isRanking(r.url(), MID_YEAR) && r.ok());
          await pickDate(page, '统计截至', MID_YEAR);
          await page.waitForURL(new RegExp(`asOf=${MID_YEAR}`));
          const answer = await (await answered).json();
          assert.equal(answer.month, 6);
          const tag = await waitForMonth(page, 6);
          assert.ok(tag.includes('50.0%'), `序时进度 at the end of June is half the year: ${tag}`);
          assert.notEqual(tag, november.tag);
          await assertTableShows(page, answer);
          // A unit's signings by June are fewer than by November, against the same annual target: its completion drops.
          const unit = answer.units.find((u) => {
            const now = u.metrics.find((m) => m.metric === 'SIGNED');
            const then = november.answer.units
              .find((v) => v.unitId === u.unitId)
              ?.metrics.find((m) => m.metric === 'SIGNED');
            return now?.target && then && Number(then.actual) !== Number(now.actual);
          });
          if (november.answer.month !== 6) assert.ok(unit, 'some unit signed projects after June');
          if (unit) {
            const signed = unit.metrics.find((m) => m.metric === 'SIGNED');
            const cell = await signedCell(page, unit.unitId).innerText();
            assert.ok(
              cell.includes(`${amount(signed.actual)} / ${amount(signed.target)}`),
              `${unit.unitName}: ${cell}`,
            );
            assert.ok(cell.includes(percent(signed.completionPercent)), `${unit.unitName}: ${cell}`);
          }
          return answer;
        },
      );

      await step(page, 'see the scores as a bar chart, best first', async () => {
        const chart = page.getByRole('img', { name: '得分排名' });
        await chart.locator('canvas').first().waitFor();
        const box = await chart.boundingBox();
        const ranked = june.units.filter((u) => u.score !== null).length;
        assert.ok(box.height >= ranked * 20, `a bar per ranked unit fits (${box.height} px for ${ranked})`);
        await page.waitForTimeout(1000); // the bars move to their new scores
        await page.screenshot({ path: SCREENSHOTS + 'ranking.png', fullPage: true });
      });

      await step(page, "follow the cockpit's 单位排名 card to the whole table at the cockpit's day", async () => {
        await page.getByRole('menu').getByText('驾驶舱', { exact: true }).click();
        const card = page.getByTestId('ranking-card');
        await card.getByRole('listitem').first().waitFor();
        await card.scrollIntoViewIfNeeded();
        await card.screenshot({ path: SCREENSHOTS + 'cockpit-ranking-card.png' });
        const link = card.getByRole('link', { name: '查看全部' });
        const href = await link.getAttribute('href');
        assert.match(href, /^\/ranking\?asOf=\d{4}-\d{2}-\d{2}$/);
        const asOf = href.split('asOf=')[1];
        // The card lists the top of the same table the page shows.
        const answered = page.waitForResponse((r) => isRanking(r.url(), asOf) && r.ok());
        await link.click();
        await page.waitForURL((url) => url.pathname === '/ranking' && url.searchParams.get('asOf') === asOf);
        await page.getByRole('heading', { name: '单位排名' }).waitFor();
        const answer = await (await answered).json();
        await waitForMonth(page, answer.month);
        if (answer.units.length > 0) await assertTableShows(page, answer);
      });
    }),
);

test(
  'an admin changes a target and the league table follows; the target is put back',
  { timeout: 240_000 },
  async () => {
    const browser = await launch();
    let page;
    let restore = null;
    try {
      page = await signedInPage(browser, 'admin', DESKTOP);

      const pick = await step(
        page,
        'read the league table at the end of June and pick a unit with signings',
        async () => {
          await page.goto(new URL(`/ranking?asOf=${MID_YEAR}`, page.url()).toString());
          const answer = await getJson(page, `/api/ranking?asOf=${MID_YEAR}`);
          const unit = answer.units.find((u) => {
            const m = u.metrics.find((x) => x.metric === 'SIGNED');
            return m.target && Number(m.actual) > 0;
          });
          assert.ok(unit, 'a unit with a signing target has signed projects by June');
          const signed = unit.metrics.find((m) => m.metric === 'SIGNED');
          await signedCell(page, unit.unitId).waitFor();
          return {
            unit,
            actual: Number(signed.actual),
            target: Number(signed.target),
            completion: Number(signed.completionPercent),
          };
        },
      );
      const raised = pick.target + 10;
      const field = `${pick.unit.unitName} 新签约项目（含已落地）`;

      /** On 考核目标 (from the navigation), for the demo year: find the unit, type its signing target, save. */
      const setTarget = async (value) => {
        await page.getByRole('menu').getByText('考核目标', { exact: true }).click();
        await page.waitForURL(/\/admin\/targets/);
        if (YEAR !== CURRENT_YEAR) {
          await pickDate(page, '年度', String(YEAR));
          await page.waitForURL(new RegExp(`year=${YEAR}`));
        }
        await page.getByPlaceholder('筛选单位').fill(pick.unit.unitName);
        const input = page.getByLabel(field, { exact: true });
        await page.waitForFunction((label) => {
          const el = document.querySelector(`input[aria-label="${label}"]`);
          return el && !el.disabled && el.value !== '';
        }, field);
        await input.fill(String(value));
        await input.press('Tab');
        const saved = page.waitForResponse((r) => r.url().includes('/api/targets') && r.request().method() === 'PUT');
        await page.getByRole('button', { name: '保存目标' }).click();
        const answer = await saved;
        assert.equal(answer.status(), 200, `the grid is saved (${answer.status()})`);
        await page.getByText('目标已保存').waitFor();
        const grid = await answer.json();
        const row = grid.units.find((u) => u.unitId === pick.unit.unitId);
        assert.equal(Number(row.targets.SIGNED), value);
      };

      await step(
        page,
        `open 考核目标 and raise ${pick.unit.unitName}'s signing target from ${pick.target} to ${raised}`,
        async () => {
          restore = { unitId: pick.unit.unitId, target: pick.target };
          await setTarget(raised);
          await page.screenshot({ path: SCREENSHOTS + 'ranking-targets.png', fullPage: true });
        },
      );

      await step(page, "see the unit's signing completion follow the new target on 单位排名", async () => {
        const answered = page.waitForResponse((r) => isRanking(r.url(), MID_YEAR) && r.ok());
        await page.goto(new URL(`/ranking?asOf=${MID_YEAR}`, page.url()).toString());
        const answer = await (await answered).json();
        const signed = answer.units
          .find((u) => u.unitId === pick.unit.unitId)
          .metrics.find((m) => m.metric === 'SIGNED');
        const expected = completion(pick.actual, raised);
        assert.equal(Number(signed.target), raised);
        assert.equal(Number(signed.completionPercent), expected, `${pick.actual} ÷ ${raised}`);
        assert.ok(expected < pick.completion, 'a higher target, a lower completion');
        const cell = signedCell(page, pick.unit.unitId);
        await page.waitForFunction(
          ({ id, text }) =>
            document
              .querySelector(`[data-testid="ranking-row-${id}"]`)
              ?.querySelectorAll('td')[2]
              ?.textContent?.includes(text),
          { id: pick.unit.unitId, text: `${amount(pick.actual)} / ${amount(raised)}` },
        );
        const text = await cell.innerText();
        assert.ok(text.includes(percent(expected)), `${pick.unit.unitName} shows ${percent(expected)}: ${text}`);
        await page
          .getByTestId(`ranking-row-${pick.unit.unitId}`)
          .screenshot({ path: SCREENSHOTS + 'ranking-after-target.png' });
      });

      await step(page, `put ${pick.unit.unitName}'s signing target back to ${pick.target}`, async () => {
        await setTarget(pick.target);
        restore = null;
        const back = await getJson(page, `/api/ranking?asOf=${MID_YEAR}`);
        const signed = back.units.find((u) => u.unitId === pick.unit.unitId).metrics.find((m) => m.metric === 'SIGNED');
        assert.equal(Number(signed.completionPercent), pick.completion);
      });
    } finally {
      // A step failed after the save: put the target back through the API, so later journeys and runs see the demo's.
      if (restore !== null && page) {
        await page
          .evaluate(
            async ({ year, unitId, target }) => {
              const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
              const grid = await (await fetch(`/api/targets?year=${year}`, { headers })).json();
              const units = grid.units
                .map((u) => ({
                  unitId: u.unitId,
                  targets: Object.fromEntries(
                    Object.entries(u.unitId === unitId ? { ...u.targets, SIGNED: target } : u.targets).filter(
                      ([, v]) => v !== null,
                    ),
                  ),
                }))
                .filter((u) => Object.keys(u.targets).length > 0);
              await fetch(`/api/targets?year=${year}`, {
                method: 'PUT',
                headers: { ...headers, 'Content-Type': 'application/json', 'If-Match': `"${grid.version}"` },
                body: JSON.stringify({ units }),
              });
            },
            { year: YEAR, ...restore },
          )
          .catch(() => {});
      }
      await browser.close();
    }
  },
);

test('the league table reads on a 390 px phone: a card per unit, no sideways scrolling', { timeout: 240_000 }, () =>
  withBrowser(async (browser) => {
    const page = await signedInPage(browser, 'leader', { phone: true, timeout: 45_000 });

    await step(page, 'open 单位排名 from the phone menu', async () => {
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('menu').getByText('单位排名', { exact: true }).click();
      await page.waitForURL(/\/ranking/);
      await page.getByRole('heading', { name: '单位排名' }).waitFor();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await showDemoYear(page);
      await page.locator('[data-testid^="ranking-row-"]').first().waitFor();
    });

    await step(page, `move the as-of date to ${MID_YEAR} and read the unit cards`, async () => {
      const answered = page.waitForResponse((r) => isRanking(r.url(), MID_YEAR) && r.ok());
      await pickDate(page, '统计截至', MID_YEAR);
      const answer = await (await answered).json();
      await waitForMonth(page, 6);
      // Close the picker's panel if it is still open, so the picture shows the page.
      await page.keyboard.press('Escape');
      await assertTableShows(page, answer);
      assert.equal(await page.locator('.ant-table').count(), 0, 'cards, not a table, on a phone');
      const first = page.getByTestId(`ranking-row-${answer.units[0].unitId}`);
      const text = await first.innerText();
      for (const label of ['新签约项目', '新落地项目', '到位资金', '实际使用外资']) {
        assert.ok(text.includes(label), `the card names ${label}: ${text}`);
      }
      await assertNoSidewaysScroll(page);
      // "低于 22.75 个百分点" is one phrase: on a narrow card it moves to a line of its own rather than breaking.
      const split = await page
        .getByTestId('pace')
        .evaluateAll((phrases) =>
          phrases
            .filter((p) => p.getClientRects().length > 1 || p.getBoundingClientRect().height > 30)
            .map((p) => p.textContent),
        );
      assert.deepEqual(split, [], 'no pace phrase is broken over two lines');
      const chart = await page.getByRole('img', { name: '得分排名' }).boundingBox();
      assert.ok(
        chart.x >= 0 && chart.x + chart.width <= 390,
        `the bar chart fits the phone (${chart.x}, ${chart.width})`,
      );
      await page.waitForTimeout(1000); // the bars move to their new scores
      await page.screenshot({ path: SCREENSHOTS + 'ranking-phone-top.png' });
      await page.screenshot({ path: SCREENSHOTS + 'ranking-phone.png', fullPage: true });
      await first.screenshot({ path: SCREENSHOTS + 'ranking-phone-card.png' });
    });
  }),
);
