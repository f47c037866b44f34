/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service';
import { BrowserSession, openBrowser } from '../utils/browser';
import { logIn as logInApi, TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp, TestClient } from '../utils/test-app';

const ARTIFACTS = join(__dirname, '.artifacts');

/** The bell in the header counts live, the list opens the thread, and reading the thread clears it. */
describe('notifications in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let browser: BrowserSession;
  let replier: TestClient;
  let threadId: string;
  const users: Record<'asker' | 'replier', { id: string; email: string }> = {} as never;

  async function logIn(page: Page, email: string): Promise<void> {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).first().fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApp({ NOTIFY_EMAIL_DELAY_SECONDS: '3600' });
    db = await new TestDb().connect();
    users.asker = await db.createUser({ displayName: 'Avery Asker', roles: ['member', 'moderator'] });
    users.replier = await db.createUser({ displayName: 'Blake Replier', roles: ['member', 'moderator'] });
    const [category] = await db.query<{ id: string }>(
      `insert into forum_categories (slug, name, audience, position) values ('notify-room', 'Notify room', 'premium', 1) returning id`,
    );
    const asker = t.client();
    await logInApi(asker, users.asker.email);
    const created = await asker.gql(`mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { thread { id } } }`, {
      input: { categoryId: category.id, title: 'Consent forms for patient stories', body: 'What do you use?' },
    });
    expect(created.errors).toBeUndefined();
    threadId = created.data.createForumThread.thread.id;
    replier = t.client();
    await logInApi(replier, users.replier.email);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.close();
    await t?.close();
  });

  it('a reply lights the bell live; the list leads to the thread; reading it clears the bell', async () => {
    const { page } = browser;
    await logIn(page, users.asker.email);
    const bell = page.getByRole('link', { name: /^Notifications,/ });
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('Notifications, none unread');

    const reply = await replier.gql(`mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { post { id seq } } }`, {
      input: { threadId, body: 'We use a one-page form reviewed by legal.' },
    });
    expect(reply.errors).toBeUndefined();
    // What the board does once the reply is visible (harmless if it already did).
    await t.app.get(NotificationsService).onForumPostPublished({
      postId: reply.data.createForumPost.post.id,
      threadId,
      categoryId: (await db.query(`select category_id from forum_threads where id = $1`, [threadId]))[0].category_id,
      authorId: users.replier.id,
      anonymous: false,
    });
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'notifications-bell-390.png') });

    await bell.click();
    await page.waitForURL(`${t.baseUrl}/notifications`);
    await page.getByText('Blake Replier replied to you in').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'notifications-page-390.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: 'Consent forms for patient stories' }).click();
    await page.waitForURL(`${t.baseUrl}/board/t/${threadId}`);
    await page.getByText('We use a one-page form reviewed by legal.').waitFor();
    await page.getByRole('link', { name: 'Notifications, none unread' }).waitFor({ timeout: 10_000 });
    await page.getByRole('combobox', { name: 'Notifications' }).waitFor();
    // Opening the notification already cleared the bell; the thread page records how far it was read
    // with its own request, which may land a moment later.
    let lastRead: number | undefined;
    for (let i = 0; i < 100 && lastRead !== 2; i++) {
      const [state] = await db.query(`select last_read_seq from forum_read_states where user_id = $1 and thread_id = $2`, [users.asker.id, threadId]);
      lastRead = state?.last_read_seq;
      if (lastRead !== 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(lastRead).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'notifications-thread-390.png'), fullPage: true });
  });

  it('the profile has the email settings; changing them is saved', async () => {
    const { page } = browser;
    await page.goto(`${t.baseUrl}/profile#notifications`);
    await page.getByRole('radio', { name: /Daily digest/ }).click();
    await page.getByText('Notification settings saved.').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'notifications-profile-390.png'), fullPage: true });
    expect(await page.getByRole('radio', { name: /Daily digest/ }).isChecked()).toBe(true);
    const [pref] = await db.query(`select email_mode from notification_preferences where user_id = $1`, [users.asker.id]);
    expect(pref.email_mode).toBe('daily');
  });
});
