import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, call, loginAs, openPage, step, withBrowser } from './browser.mjs';

/**
 * Reminders that reach people (issue #22): the admin gives the officer's unit a group robot in the UI, an overdue lead
 * exists, the admin sends today's digest now; the fake robot receiver and the fake SMTP server that the test instance
 * started (REMINDER_RECEIVERS, io.attract.reminder.FakeReceivers) got the lead, and the delivery log says 已发送.
 */

const RECEIVERS = process.env.REMINDER_RECEIVERS;

/** A day in Beijing, `days` from today, as the server's business dates. */
const beijingDay = (days) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** What arrived at the fake receivers: robot posts (`received`) or mails (`inbox`), polled until `match` finds one. */
async function arrived(what, match) {
  for (let i = 0; i < 50; i++) {
    const found = (await (await fetch(`${RECEIVERS}/${what}`)).json()).filter(match);
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return [];
}

test(
  'an overdue lead reaches the unit’s group robot and the officer’s mailbox from the digest sent now',
  { skip: RECEIVERS ? false : 'REMINDER_RECEIVERS not set (run through BrowserJourneyTest)', timeout: 240_000 },
  () =>
    withBrowser(async (browser) => {
      const admin = await openPage(browser, { timeout: 45_000 });
      const officer = await openPage(browser, { timeout: 45_000 });
      await loginAs(officer, 'officer');
      await loginAs(admin, 'admin');
      const stamp = Date.now() % 100000;
      const title = `旅程超期线索${stamp}`;

      const unit = await step(admin, 'put the officer in the demo street office', async () => {
        const units = await call(admin, 'GET', '/api/units?size=200');
        const found = units.body.items.find((u) => u.code === 'wuyingshan');
        assert.ok(found, 'the demo has 吴营山街道');
        const answer = await call(admin, 'PUT', '/api/users/officer', { unitId: found.id });
        assert.equal(answer.status, 200);
        return found;
      });

      const email = await step(officer, 'the officer has a lead received a month ago and not answered', async () => {
        const lead = await call(officer, 'POST', '/api/leads', {
          title,
          source: 'REFERRAL',
          receivedOn: beijingDay(-30),
        });
        assert.equal(lead.status, 201, JSON.stringify(lead.body));
        const bell = await call(officer, 'GET', '/api/reminders');
        assert.ok(
          bell.body.items.some((r) => r.kind === 'LEAD_OVERDUE' && r.id === lead.body.id),
          'the bell calls it overdue',
        );
        const me = await call(officer, 'GET', '/api/me');
        assert.ok(me.body.email, 'the demo officer has an email');
        return me.body.email;
      });

      const hookPath = `/hook/journey-${stamp}`;
      await step(admin, 'the admin sets the unit’s WeCom robot under 提醒设置', async () => {
        await admin.goto(new URL('/admin/reminders', admin.url()).toString());
        await admin.getByRole('heading', { name: '提醒设置' }).waitFor();
        await admin.getByRole('button', { name: `编辑 ${unit.name}` }).click();
        const dialog = admin.getByRole('dialog');
        await dialog.getByText('企业微信').click();
        await dialog.getByLabel('机器人地址').fill(RECEIVERS + hookPath);
        await dialog.getByRole('button', { name: /保\s*存/ }).click();
        await admin.getByText('已保存群机器人').waitFor();
        await admin.locator('tr', { hasText: unit.name }).getByText('企业微信').waitFor();
      });

      await step(admin, 'the admin sends today’s digest now', async () => {
        await admin.goto(new URL('/admin/reminder-deliveries', admin.url()).toString());
        await admin.getByRole('heading', { name: '提醒发送记录' }).waitFor();
        await admin.getByRole('button', { name: '立即发送今日摘要' }).click();
        await admin.getByText(/^已发送 \d+ 条/).waitFor();
      });

      await step(admin, 'the robot got the unit’s digest naming the lead', async () => {
        const posts = await arrived('received', (p) => p.path === hookPath);
        assert.equal(posts.length, 1, 'one message to the unit’s robot');
        const message = JSON.parse(posts[0].body);
        assert.equal(message.msgtype, 'markdown');
        assert.match(message.markdown.content, /【招商引资】/);
        assert.match(message.markdown.content, /条线索已超期/);
        assert.ok(message.markdown.content.includes(title), 'the robot message names the lead');
      });

      await step(admin, 'the officer’s mailbox got the digest naming the lead', async () => {
        const mails = await arrived('inbox', (m) => m.to === email && m.text.includes(title));
        assert.equal(mails.length, 1, `one mail to ${email} naming the lead`);
        assert.match(mails[0].subject, /^【招商引资】您有 \d+ 条线索已超期/);
      });

      await step(admin, 'the delivery log says 已发送', async () => {
        await admin.reload();
        const row = admin.locator('tr', { hasText: unit.name }).filter({ hasText: '企业微信' });
        await row.first().getByText('已发送').waitFor();
        await admin.locator('tr', { hasText: email }).first().getByText('已发送').waitFor();
        await admin.screenshot({ path: SCREENSHOTS + 'reminder-deliveries.png', fullPage: true });
      });
    }),
);
