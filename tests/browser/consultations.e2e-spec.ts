/// <reference lib="dom" />
import { axeViolations, describeViolations } from '../utils/axe';
import { BrowserSession, logInThroughForm, openBrowser, sidewaysOverflow } from '../utils/browser';
import { ConsultationWorld, Expert } from '../utils/consultation-fixtures';
import { TestDb } from '../utils/fixtures';
import { ForumWorld, Member } from '../utils/forum-fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../utils/test-app';

/**
 * A member in Berlin books an expert in New York, sees it in "my consultations", moves it and cancels
 * it; another member looking at the same expert sees the taken slot disappear without reloading.
 */
describe('consultations in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let cw: ConsultationWorld;
  let expert: Expert;
  let member: Member;
  let other: Member;
  let booker: BrowserSession;
  let watcher: BrowserSession;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    cw = new ConsultationWorld(new ForumWorld(t, db));
    expert = await cw.expert({ displayName: 'Ada Expert', topics: ['HIPAA and privacy'] });
    member = await cw.member({ premium: true, displayName: 'Berta Berlin' });
    await db.query(`update users set time_zone = 'Europe/Berlin' where id = $1`, [member.id]);
    other = await cw.member({ premium: true, displayName: 'Otto Other' });
    booker = await openBrowser();
    watcher = await openBrowser();
  });
  afterAll(async () => {
    await booker?.close();
    await watcher?.close();
    await db?.close();
    await t?.close();
  });

  it('books a slot, sees it in my consultations, reschedules and cancels it; the slot disappears live elsewhere', async () => {
    const page = booker.page;
    const seen = watcher.page;
    await logInThroughForm(seen, t.baseUrl, other.email, GOOD_PASSWORD);
    await seen.goto(`${t.baseUrl}/experts/${expert.id}`);
    const firstSlot = seen.locator('[data-slot-start]').first();
    await firstSlot.waitFor();
    const start = (await firstSlot.getAttribute('data-slot-start'))!;

    // The directory, filtered by topic, leads to the expert.
    await logInThroughForm(page, t.baseUrl, member.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/experts`);
    await page.locator('label', { hasText: 'HIPAA and privacy' }).click();
    await page.waitForURL(/topic=HIPAA/);
    await page.getByRole('link', { name: 'Ada Expert' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Expert' }).waitFor();
    await page.getByText('Times in Europe/Berlin').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // The first slot, labelled in Berlin time.
    const berlinLabel = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hour: 'numeric', minute: '2-digit' }).format(new Date(start));
    const slotButton = page.locator(`[data-slot-start="${start}"]`);
    expect((await slotButton.innerText()).trim()).toBe(berlinLabel);
    await slotButton.click();
    await page.getByLabel('What would you like feedback on?').fill('How should we answer patients who comment about their care?');
    await page.getByRole('button', { name: 'Book consultation' }).click();

    await page.waitForURL(/\/consultations\?booked=1/);
    const card = page.getByRole('article', { name: 'Strategy review with Ada Expert' });
    await card.waitFor();
    const when = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin', timeZoneName: 'short' }).format(new Date(start));
    await card.getByText(when).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // Live: the other member's page drops the taken slot without a reload.
    await seen.locator(`[data-slot-start="${start}"]`).waitFor({ state: 'detached', timeout: 5000 });

    // Reschedule to another slot.
    await card.getByRole('button', { name: 'Reschedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose a new time' });
    const newSlot = dialog.locator('[data-slot-start]').nth(2);
    const newStart = (await newSlot.getAttribute('data-slot-start'))!;
    await newSlot.click();
    await dialog.getByRole('button', { name: /^Move to/ }).click();
    await dialog.waitFor({ state: 'detached' });
    const newWhen = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin', timeZoneName: 'short' }).format(new Date(newStart));
    await card.getByText(newWhen).waitFor();
    const [row] = await db.query(`select starts_at, ics_sequence from consultations where member_id = $1`, [member.id]);
    expect([new Date(row.starts_at).toISOString(), row.ics_sequence]).toEqual([newStart, 1]);
    // The first time is free again for the other member.
    await seen.locator(`[data-slot-start="${start}"]`).waitFor({ timeout: 5000 });

    // Cancel.
    await card.getByRole('button', { name: 'Cancel' }).click();
    const cancelDialog = page.getByRole('dialog', { name: 'Cancel this consultation' });
    await cancelDialog.getByLabel(/Reason/).fill('Something came up at the clinic.');
    await cancelDialog.getByRole('button', { name: 'Cancel consultation' }).click();
    await cancelDialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: 'Strategy review with Ada Expert' }).getByText('Cancelled').waitFor();
    const [after] = await db.query(`select status, ics_sequence from consultations where member_id = $1`, [member.id]);
    expect(after).toEqual({ status: 'cancelled', ics_sequence: 2 });
  });

  it('shows a guest the "join" answer instead of booking', async () => {
    const guest = await cw.member({ displayName: 'Gabe Guest' });
    const page = booker.page;
    await logInThroughForm(page, t.baseUrl, guest.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/experts/${expert.id}`);
    await page.locator('[data-slot-start]').first().click();
    await page.getByLabel('What would you like feedback on?').fill('A question');
    await page.getByRole('button', { name: 'Book consultation' }).click();
    await page.getByRole('alert').filter({ hasText: 'Join to book' }).waitFor();
    expect(await page.getByRole('link', { name: 'See membership' }).count()).toBe(1);
  });

  it('gives a member their calendar links with copy buttons', async () => {
    const page = booker.page;
    await logInThroughForm(page, t.baseUrl, member.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/calendar`);
    const https = page.getByRole('textbox', { name: 'https:// link', exact: true });
    await https.waitFor();
    expect(await https.inputValue()).toMatch(/\/ics\/feed\/[A-Za-z0-9_-]+\.ics$/);
    expect(await page.getByRole('textbox', { name: 'webcal:// link', exact: true }).inputValue()).toMatch(/^webcal:\/\//);
    expect(await page.getByRole('button', { name: 'Copy https:// link' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href')).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?cid=webcal/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('lets the expert add a consultation type and change their buffers in the editor', async () => {
    const page = booker.page;
    await logInThroughForm(page, t.baseUrl, expert.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/experts/availability`);
    const newType = page.getByRole('region', { name: 'New consultation type' });
    await newType.getByLabel('Title').fill('Quick question');
    await newType.getByLabel('Minutes').fill('15');
    await newType.getByLabel('Meeting link (https)').fill('https://meet.example.org/quick');
    await newType.getByRole('button', { name: 'Add type' }).click();
    await page.getByRole('region', { name: 'Edit Quick question' }).waitFor();
    // A buffer of 45 minutes: saved through the whole plan, read back from the server.
    await page.getByLabel('Buffer before (min)').fill('45');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('Saved. Members now see the new free times.').waitFor();
    const [profile] = await db.query(`select buffer_before_minutes from expert_profiles where user_id = $1`, [expert.id]);
    expect(profile.buffer_before_minutes).toBe(45);
    const [type] = await db.query(`select duration_minutes, mode, meeting_url from consultation_types where expert_id = $1 and title = 'Quick question'`, [expert.id]);
    expect(type).toEqual({ duration_minutes: 15, mode: 'online', meeting_url: 'https://meet.example.org/quick' });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('has no serious accessibility violations on the consultation and calendar pages (axe-core)', async () => {
    const axe = await openBrowser(undefined, { bypassCSP: true });
    try {
      const check = async (path: string, ready: string) => {
        await axe.page.goto(`${t.baseUrl}${path}`);
        await axe.page.locator(ready).first().waitFor();
        expect([path, describeViolations(await axeViolations(axe.page))]).toEqual([path, []]);
      };
      await check('/experts', 'article');
      await check(`/experts/${expert.id}`, '[data-slot-start]');
      await logInThroughForm(axe.page, t.baseUrl, member.email, GOOD_PASSWORD);
      await check('/consultations', 'h2');
      await check('/calendar', 'input[readonly]');
      await logInThroughForm(axe.page, t.baseUrl, expert.email, GOOD_PASSWORD);
      await check('/experts/availability', 'button:has-text("Save availability")');
      expect(await sidewaysOverflow(axe.page)).toBeLessThanOrEqual(0);
    } finally {
      await axe.close();
    }
  });
});
