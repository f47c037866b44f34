/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BrowserSession, openBrowser } from '../utils/browser';
import { logIn as logInApi, TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../utils/test-app';

const ARTIFACTS = join(__dirname, '.artifacts');

describe('the board in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let first: BrowserSession;
  let second: BrowserSession;
  let threadId: string;
  const users: Record<'avery' | 'blake' | 'casey' | 'morgan', { id: string; email: string }> = {} as never;

  async function premium(userId: string): Promise<void> {
    await db.query(`insert into premium_grants (user_id, starts_at, source) values ($1, now() - interval '1 day', 'staff')`, [userId]);
  }

  async function logIn(page: Page, email: string): Promise<void> {
    await page.context().clearCookies();
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).first().fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApp();
    db = await new TestDb().connect();
    users.avery = await db.createUser({ displayName: 'Avery Quinn' });
    users.blake = await db.createUser({ displayName: 'Blake Rivera' });
    users.casey = await db.createUser({ displayName: 'Casey Novak' });
    users.morgan = await db.createUser({ displayName: 'Morgan Mod', roles: ['member', 'moderator'] });
    for (const u of [users.avery, users.blake, users.casey]) await premium(u.id);
    await db.query(`update users set credentials = 'RN', credentials_verified = true, job_title = 'Nurse educator' where id = $1`, [users.avery.id]);
    const [category] = await db.query<{ id: string }>(
      `insert into forum_categories (slug, name, audience, allow_anonymous, position) values ('peer-feedback', 'Peer feedback', 'premium', true, 1) returning id`,
    );

    // A thread by the moderator (never pre-moderated), and one approved post by Avery, so Avery's
    // next posts go out at once; Casey has never posted, so Casey's first post is held.
    const moderator = t.client();
    await logInApi(moderator, users.morgan.email);
    const created = await moderator.gql(
      `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { thread { id } held } }`,
      { input: { categoryId: category.id, title: 'Getting legal buy-in for Instagram', body: 'How did you convince your legal team?' } },
    );
    expect(created.errors).toBeUndefined();
    threadId = created.data.createForumThread.thread.id;
    const avery = t.client();
    await logInApi(avery, users.avery.email);
    const held = await avery.gql(
      `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { held post { id } } }`,
      { input: { threadId, body: 'We brought legal in before writing the plan.' } },
    );
    expect(held.data.createForumPost.held).toBe(true);
    const approved = await moderator.gql(
      `mutation($input: ModerateForumPostInput!) { moderateForumPost(input: $input) { status } }`,
      { input: { postId: held.data.createForumPost.post.id, decision: 'APPROVE' } },
    );
    expect(approved.data.moderateForumPost.status).toBe('VISIBLE');

    first = await openBrowser();
    second = await openBrowser();
    first.page.setDefaultTimeout(15000);
    second.page.setDefaultTimeout(15000);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.close();
    await t?.close();
  });

  it('shows visitors that the confidential board needs premium membership', async () => {
    await first.page.goto(`${t.baseUrl}/board`);
    await first.page.getByText('The confidential board').waitFor();
    await first.page.screenshot({ path: join(ARTIFACTS, 'board-visitor-390.png'), fullPage: true });
    expect(await first.page.getByRole('link', { name: 'Peer feedback' }).count()).toBe(0);
    await first.page.getByRole('link', { name: /membership/i }).first().waitFor();
  });

  it('shows a reply to everyone reading the thread, without reloading', async () => {
    await logIn(first.page, users.avery.email);
    await logIn(second.page, users.blake.email);

    // Blake finds the thread from the board.
    await second.page.goto(`${t.baseUrl}/board`);
    await second.page.getByRole('link', { name: 'Peer feedback' }).click();
    await second.page.getByRole('button', { name: 'New thread' }).waitFor();
    await second.page.screenshot({ path: join(ARTIFACTS, 'board-category-390.png'), fullPage: true });
    await noSidewaysScroll(second.page);
    await second.page.getByRole('link', { name: 'Getting legal buy-in for Instagram' }).click();
    await second.page.waitForURL(`**/board/t/${threadId}`);
    await second.page.getByText('We brought legal in before writing the plan.').waitFor();

    await first.page.goto(`${t.baseUrl}/board/t/${threadId}`);
    await first.page.getByText('Verified credentials').first().waitFor();
    // Both are in the thread's live room.
    await second.page.getByText('2 reading').waitFor();

    const reply = 'A three-month pilot with a clear exit plan won them over.';
    await first.page.getByLabel('Message').fill(reply);
    await first.page.getByRole('button', { name: 'Post reply' }).click();
    await first.page.getByText('Your reply is posted.').waitFor();

    // Blake's page was not reloaded: the reply arrives over the socket.
    const navigations: string[] = [];
    second.page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const arrived = second.page.getByRole('article', { name: /by Avery Quinn/ }).filter({ hasText: reply });
    await arrived.waitFor();
    expect(navigations).toEqual([]);
    await second.page.screenshot({ path: join(ARTIFACTS, 'board-thread-390.png'), fullPage: true });
    await noSidewaysScroll(second.page);
  });

  it('highlights a date of birth while the member types, before posting', async () => {
    const { page } = first;
    await page.goto(`${t.baseUrl}/board/t/${threadId}`);
    await page.getByLabel('Message').fill('Patient DOB 03/14/1961');
    const report = page.getByRole('region', { name: 'Possible patient identifiers' });
    await report.getByText('Date of birth', { exact: true }).waitFor();
    await report.locator('mark', { hasText: '03/14/1961' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'board-phi-390.png'), fullPage: true });
    await noSidewaysScroll(page);
    // The composer keeps drafts as the member types: leave none behind for the next test's composer.
    await page.getByLabel('Message').fill('');
  });

  it('suggests the thread’s participants after "@" and inserts a mention', async () => {
    const { page } = first;
    await page.goto(`${t.baseUrl}/board/t/${threadId}`);
    const box = page.getByLabel('Message');
    // A draft saved by an earlier visit is restored once its query answers: start from an empty box after that.
    await page.waitForLoadState('networkidle');
    await box.fill('');
    await box.click();
    await box.pressSequentially('Thanks @Mor');
    await page.getByRole('option', { name: /Morgan Mod/ }).waitFor();
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toMatch(new RegExp(`^Thanks \\[@Morgan Mod\\]\\(/members/${users.morgan.id}\\)`));
    await box.fill('');
  });

  it('asks before posting text that might identify a patient, and posts it when confirmed', async () => {
    const { page } = first;
    const text = 'Our media line is 904-555-0134 if anyone wants to compare notes.';
    await page.getByLabel('Message').fill(text);
    await page.getByRole('button', { name: 'Post reply' }).click();
    const check = page.getByRole('alert').filter({ hasText: 'Check before posting' });
    await check.getByText('Phone number', { exact: true }).waitFor();
    await check.getByRole('button', { name: 'Post anyway' }).click();
    await page.getByText('Your reply is posted.').waitFor();
    await page.getByRole('article', { name: /by Avery Quinn/ }).filter({ hasText: '904-555-0134' }).waitFor();
  });

  it('holds a new member’s first post until a moderator approves it', async () => {
    const member = first.page;
    const moderator = second.page;
    await logIn(member, users.casey.email);
    await member.goto(`${t.baseUrl}/board/t/${threadId}`);
    const text = 'Our compliance office now reviews every post within a day.';
    await member.getByLabel('Message').fill(text);
    await member.getByRole('button', { name: 'Post reply' }).click();
    const mine = member.getByRole('article', { name: /by Casey Novak/ });
    await mine.getByText('Waiting for a moderator', { exact: true }).waitFor();
    await mine.getByText(/first posts/).waitFor();

    await logIn(moderator, users.morgan.email);
    await moderator.goto(`${t.baseUrl}/moderation`);
    const queued = moderator.getByRole('article', { name: /Held post by Casey Novak/ });
    await queued.getByText(text).waitFor();
    await moderator.getByText('approve').first().waitFor();
    await moderator.screenshot({ path: join(ARTIFACTS, 'moderation-390.png'), fullPage: true });
    await noSidewaysScroll(moderator);
    await moderator.keyboard.press('a');
    await queued.waitFor({ state: 'detached' });

    // The author's open page learns of the approval live; the thread shows the post to everyone.
    await mine.getByText('Waiting for a moderator', { exact: true }).waitFor({ state: 'detached' });
    await moderator.goto(`${t.baseUrl}/board/t/${threadId}`);
    const approved = moderator.getByRole('article', { name: /by Casey Novak/ });
    await approved.getByText(text).waitFor();
    expect(await approved.getByText('Waiting for a moderator', { exact: true }).count()).toBe(0);
    await moderator.screenshot({ path: join(ARTIFACTS, 'board-thread-moderator-390.png'), fullPage: true });

    await moderator.goto(`${t.baseUrl}/moderation/log`);
    await moderator.getByRole('cell', { name: 'Approved' }).first().waitFor();
  });

  it('finds a thread by a word in a reply and highlights the word', async () => {
    const { page } = first;
    await page.goto(`${t.baseUrl}/board`);
    await page.getByLabel('Search the board').fill('pilot');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/board/search?q=pilot');
    const results = page.getByRole('list', { name: 'Search results for pilot' });
    const hit = results.getByRole('article', { name: 'Getting legal buy-in for Instagram' }).filter({ hasText: 'three-month' });
    await hit.locator('mark', { hasText: /^pilot$/i }).waitFor();
    await hit.getByRole('link', { name: 'Peer feedback' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'board-search-390.png'), fullPage: true });
    await noSidewaysScroll(page);

    // The result opens the thread at the reply that matched.
    await hit.getByRole('link', { name: 'Getting legal buy-in for Instagram' }).click();
    await page.waitForURL(new RegExp(`/board/t/${threadId}#post-`));
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`article[id="${anchor}"]`);
    await target.getByText('A three-month pilot with a clear exit plan won them over.').waitFor();
    expect(await target.getAttribute('aria-label')).toMatch(/by Avery Quinn/);
  });

  it('lets a member flag a post, and shows it to a moderator under "Flagged"', async () => {
    const member = first.page;
    const moderator = second.page;
    await member.goto(`${t.baseUrl}/board/t/${threadId}`);
    const post = member.getByRole('article', { name: /by Avery Quinn/ }).filter({ hasText: 'A three-month pilot' });
    const dialog = member.getByRole('dialog', { name: 'Flag this post for the moderators' });
    await post.getByRole('button', { name: /^Flag / }).click();
    await dialog.getByRole('radio', { name: 'Unprofessional' }).check();
    await dialog.getByLabel(/Note for the moderators/).fill('Reads like an advert for a consultancy.');
    await noSidewaysScroll(member);
    await dialog.getByRole('button', { name: 'Send to the moderators' }).click();
    await member.getByText('the moderators will look at this post').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // A second flag on the same post is not an error, just a note.
    await post.getByRole('button', { name: /^Flag / }).click();
    await dialog.getByRole('radio', { name: 'Spam' }).check();
    await dialog.getByRole('button', { name: 'Send to the moderators' }).click();
    await dialog.getByText('You flagged this post before').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await moderator.goto(`${t.baseUrl}/moderation`);
    await moderator.getByRole('tab', { name: 'Flagged' }).click();
    const flagged = moderator.getByRole('article', { name: 'Flagged post by Avery Quinn' });
    await flagged.getByText('A three-month pilot with a clear exit plan won them over.').waitFor();
    await flagged.getByText('Unprofessional').waitFor();
    await flagged.getByText(/Reads like an advert/).waitFor();
    await moderator.screenshot({ path: join(ARTIFACTS, 'moderation-flagged-390.png'), fullPage: true });
    await noSidewaysScroll(moderator);

    // Hiding the post settles its flags: it leaves the list.
    await flagged.getByRole('button', { name: 'Hide…' }).click();
    await moderator.getByRole('dialog', { name: 'Hide this post' }).getByLabel('Reason').fill('Promotional.');
    await moderator.getByRole('button', { name: 'Hide post' }).click();
    await flagged.waitFor({ state: 'detached' });
  });

  it('lets a moderator dismiss a post’s flags from the keyboard; the post stays', async () => {
    const member = first.page;
    const moderator = second.page;
    await member.goto(`${t.baseUrl}/board/t/${threadId}`);
    const post = member.getByRole('article', { name: /by Avery Quinn/ }).filter({ hasText: 'We brought legal in' });
    await post.getByRole('button', { name: /^Flag / }).click();
    const dialog = member.getByRole('dialog', { name: 'Flag this post for the moderators' });
    await dialog.getByRole('radio', { name: 'Spam' }).check();
    await dialog.getByRole('button', { name: 'Send to the moderators' }).click();
    await member.getByText('the moderators will look at this post').waitFor();

    await moderator.goto(`${t.baseUrl}/moderation?tab=flagged`);
    const flagged = moderator.getByRole('article', { name: 'Flagged post by Avery Quinn' }).filter({ hasText: 'We brought legal in' });
    await flagged.waitFor();
    await moderator.getByText(/^Keyboard:.*dismiss the flags/).waitFor();
    await moderator.keyboard.press('x');
    await flagged.waitFor({ state: 'detached' });
    await moderator.getByText('Flags dismissed: the post stays as it is.').waitFor();

    await member.reload();
    await post.waitFor();
    await moderator.goto(`${t.baseUrl}/moderation/log`);
    await moderator.getByRole('cell', { name: 'Dismissed flags' }).first().waitFor();
  });
});
