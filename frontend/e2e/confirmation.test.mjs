import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SCREENSHOTS, call, loginAs, openPage, step, withBrowser } from './browser.mjs';

/**
 * 审核 (issue #18): an officer's signing is "待审核" to the leader and in no figure; the unit head confirms it from
 * the inbox; the leader then sees it counted. Every expected figure is read from the answers before the change.
 */

/** Today in Beijing, as the server's business dates. */
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test(
  'an officer signs, the leader sees it waiting, the unit head confirms it, the leader sees it counted',
  { timeout: 300_000 },
  () =>
    withBrowser(async (browser) => {
      const admin = await openPage(browser, { timeout: 45_000 });
      const officer = await openPage(browser, { timeout: 45_000 });
      const head = await openPage(browser, { timeout: 45_000 });
      const leader = await openPage(browser, { viewport: { width: 1600, height: 1000 }, timeout: 45_000 });
      await loginAs(officer, 'officer');
      await loginAs(head, 'unithead');
      await loginAs(admin, 'admin');

      const unitId = await step(admin, 'put the officer and the unit head in the demo street office', async () => {
        const units = await call(admin, 'GET', '/api/units?size=200');
        const unit = units.body.items.find((u) => u.code === 'wuyingshan');
        assert.ok(unit, 'the demo has 吴营山街道');
        for (const username of ['officer', 'unithead']) {
          const answer = await call(admin, 'PUT', `/api/users/${username}`, { unitId: unit.id });
          assert.equal(answer.status, 200, `assign ${username}`);
        }
        return unit.id;
      });

      const project = await step(officer, 'pick a negotiating project of the unit with nothing waiting', async () => {
        const list = await call(officer, 'GET', '/api/projects?stage=NEGOTIATING&size=100');
        const found = list.body.items.find((p) => !p.pendingConfirmation && p.stageSince < TODAY);
        assert.ok(found, 'the demo unit has a negotiating project');
        return found;
      });

      await loginAs(leader, 'leader');
      const cockpitUrl = `/cockpit?asOf=${TODAY}&unitId=${unitId}`;
      const isCockpit = (r) => r.url().includes('/api/cockpit?') && r.url().includes(`asOf=${TODAY}`) && r.ok();
      const before = await step(leader, 'read the unit cockpit to date', async () => {
        const answered = leader.waitForResponse(isCockpit);
        await leader.goto(new URL(cockpitUrl, leader.url()).toString());
        return (await answered).json();
      });

      await step(officer, 'the officer records the signing (today)', async () => {
        const answer = await call(officer, 'POST', `/api/projects/${project.id}/transitions`, {
          toStage: 'SIGNED',
          effectiveDate: TODAY,
          agreementType: 'FORMAL',
          note: '旅程测试签约',
        });
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
      });

      const waiting = before.pending.stageChanges + before.pending.funds + 1;
      await step(leader, 'the leader sees it waiting and not counted', async () => {
        const answered = leader.waitForResponse(isCockpit);
        await leader.reload();
        const now = await (await answered).json();
        assert.equal(now.pending.stageChanges, before.pending.stageChanges + 1);
        assert.equal(
          now.projects.newThisMonth.signed,
          before.projects.newThisMonth.signed,
          'a pending signing counts nowhere',
        );
        await leader.getByTestId('cockpit-pending').getByText(`另有待审核 ${waiting} 项`).waitFor();
        await leader.screenshot({ path: SCREENSHOTS + 'cockpit-pending.png', fullPage: false });
      });

      await step(head, 'the unit head confirms it from the inbox', async () => {
        await head.goto(new URL('/confirmations', head.url()).toString());
        const row = head.locator('tr', { hasText: project.name }).filter({ hasText: '签约' });
        await row.first().waitFor();
        await head.screenshot({ path: SCREENSHOTS + 'confirmations.png', fullPage: true });
        await row
          .first()
          .getByRole('button', { name: /审核通过/ })
          .click();
        await head.getByText('已审核通过 1 项').waitFor();
        await row.first().waitFor({ state: 'detached' });
      });

      await step(leader, 'the leader sees it counted', async () => {
        const answered = leader.waitForResponse(isCockpit);
        await leader.reload();
        const now = await (await answered).json();
        assert.equal(
          now.projects.newThisMonth.signed,
          before.projects.newThisMonth.signed + 1,
          'counted once confirmed',
        );
        assert.equal(now.pending.stageChanges, before.pending.stageChanges);
        await leader.screenshot({ path: SCREENSHOTS + 'cockpit-confirmed.png', fullPage: false });
      });

      await step(head, 'the inbox on a phone', async () => {
        const phone = await browser.newPage(PHONE);
        await loginAs(phone, 'unithead');
        await phone.goto(new URL('/confirmations', phone.url()).toString());
        await phone.getByRole('heading', { name: '待审核' }).waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the inbox does not scroll sideways (${overflow} px too wide)`);
        await phone.screenshot({ path: SCREENSHOTS + 'confirmations-phone.png', fullPage: true });
      });
    }),
);
