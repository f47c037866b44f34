import request from 'supertest';
import { Clock } from '../../../apps/api/src/core/clock/clock';
import { UnsubscribeTokenSigner } from '../../../apps/api/src/modules/notifications/unsubscribe-token.signer';
import { TestDb } from '../../utils/fixtures';
import { Category, closeForum, ForumWorld, Member, ok, rnd } from '../../utils/forum-fixtures';
import type { CapturedMail } from '../../utils/mailbox';
import { bootNotifications, NotificationWorld, NQ, rawHeader, unsubscribeLinks } from '../../utils/notification-fixtures';
import type { TestApp } from '../../utils/test-app';

/** What notification emails may say, and the signed one-click unsubscribe. */

describe('notification emails', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let n: NotificationWorld;
  let premiumBoard: Category;
  let publicBoard: Category;
  let groupBoard: Category;
  let group: { id: string };

  const premium = (name: string) => w.premiumMember(name);

  beforeAll(async () => {
    ({ t, db, w, n } = await bootNotifications({ NOTIFY_EMAIL_DELAY_SECONDS: '3600' }));
    premiumBoard = await w.category({ audience: 'premium', name: `Premium lounge ${rnd()}` });
    publicBoard = await w.category({ audience: 'public', name: `Public samples ${rnd()}` });
    group = await w.group();
    groupBoard = await w.category({ audience: 'group', groupId: group.id, name: `Fellows room ${rnd()}` });
  });
  afterAll(() => closeForum({ t, db, w }));

  /** A thread by `author`, a reply by `replier`, and the email the author gets about it. */
  async function emailedReply(author: Member, replier: Member, categoryId: string, title: string, body: string): Promise<{ mail: CapturedMail; threadId: string; postId: string }> {
    const started = await n.thread(author, categoryId, title, `Opening words ${rnd()}.`);
    const reply = await n.reply(replier, started.thread.id, body);
    expect(await n.sendEmails(reply)).toBe(1);
    const [mail] = await t.mailbox.waitFor(author.email);
    expect(await t.mailbox.for(author.email)).toHaveLength(1);
    return { mail, threadId: started.thread.id, postId: reply.post.id };
  }

  it.each(['premium', 'group'] as const)('a %s thread’s email says only “new reply in a confidential thread” and links to it: no title, no text, no names', async (kind) => {
    const author = await premium('Confidential');
    const replier = await premium('Respondent');
    if (kind === 'group') {
      await w.addToGroup(group.id, author.id);
      await w.addToGroup(group.id, replier.id);
    }
    const title = `Legal blocked our Instagram ${rnd()}zq`;
    const body = `Our counsel approved it after we showed policy ${rnd()}qx.`;
    const category = kind === 'group' ? groupBoard : premiumBoard;
    const { mail, threadId, postId } = await emailedReply(author, replier, category.id, title, body);

    expect(mail.subject).toBe('New reply in a confidential thread');
    expect(mail.text).toContain(`${t.baseUrl}/board/t/${threadId}`);
    const everything = n.everything(mail);
    const secrets = [title, body, ...[...title.split(' '), ...body.split(' ')].filter((word) => word.length > 5), replier.displayName, author.displayName, category.name, replier.email, postId];
    for (const secret of secrets.map((s) => s.replace(/\.$/, ''))) {
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('a public sample’s email may carry the thread’s title, never the post’s text', async () => {
    const author = await premium('Public');
    const replier = await premium('Sampler');
    const title = `Hashtags for flu season ${rnd()}`;
    const body = `Try a weekly theme ${rnd()}zz.`;
    const { mail } = await emailedReply(author, replier, publicBoard.id, title, body);
    expect(mail.subject).toBe(`New reply to you in “${title}”`);
    expect(mail.text).toContain(title);
    expect(n.everything(mail)).not.toContain(body.replace(/\.$/, ''));
  });

  it('carries a signed one-click unsubscribe: link and List-Unsubscribe headers; the link stops emails about the thread but keeps it in the app', async () => {
    const author = await premium('Unsub');
    const replier = await premium('Poster');
    const { mail, threadId } = await emailedReply(author, replier, premiumBoard.id, `Unsubscribe ${rnd()}`, 'First reply.');

    const [threadLink, allLink] = unsubscribeLinks(mail);
    expect(threadLink).toBeDefined();
    expect(allLink).toBeDefined();
    expect(rawHeader(mail, 'List-Unsubscribe')).toBe(`<${threadLink}>`);
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const page = await request(t.app.getHttpServer()).get(new URL(threadLink).pathname + new URL(threadLink).search).set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('no more emails about this thread');
    expect((await ok(author.client, NQ.watch, { threadId })).forumWatch).toMatchObject({ level: 'TRACKING', source: 'THREAD' });

    // Clicking again changes nothing and still answers kindly.
    expect((await request(t.app.getHttpServer()).get(new URL(threadLink).pathname + new URL(threadLink).search)).status).toBe(200);

    const later = await n.reply(replier, threadId, 'Second reply.');
    expect(await n.sendEmails(later)).toBe(0);
    expect((await n.list(author)).map((i) => i.postId)).toContain(later.post.id);
  });

  it('refuses a tampered or expired token and changes nothing', async () => {
    const author = await premium('Tamper');
    const replier = await premium('Other');
    const victim = await premium('Victim');
    const { mail, threadId } = await emailedReply(author, replier, premiumBoard.id, `Tamper ${rnd()}`, 'A reply.');
    const token = new URL(unsubscribeLinks(mail)[0]).searchParams.get('token')!;
    const parts = token.split('.');
    const forged = [
      [parts[0], victim.id, ...parts.slice(2)].join('.'), // someone else's account
      [...parts.slice(0, 2), 'all', '-', ...parts.slice(4)].join('.'), // a wider scope
      [...parts.slice(0, 4), String(Number(parts[4]) + 86_400 * 365), parts[5]].join('.'), // a later expiry
      [...parts.slice(0, 5), parts[5].slice(0, -2) + (parts[5].endsWith('AA') ? 'BB' : 'AA')].join('.'), // a changed signature
      token.slice(0, -1),
      'not-a-token',
      '',
    ];
    const before = await db.snapshot();
    for (const bad of forged) {
      const res = await request(t.app.getHttpServer()).get('/notifications/unsubscribe').query({ token: bad });
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.text).toContain('not valid');
      const post = await request(t.app.getHttpServer()).post('/notifications/unsubscribe').query({ token: bad }).type('form').send('List-Unsubscribe=One-Click');
      expect(post.status).toBe(400);
    }
    expect((await request(t.app.getHttpServer()).get('/notifications/unsubscribe')).status).toBe(400);

    // A link signed long ago has expired.
    const signer = t.app.get(UnsubscribeTokenSigner);
    const clock = t.app.get(Clock);
    const realNow = clock.now.bind(clock);
    clock.now = () => new Date(Date.now() - 365 * 86_400_000);
    const old = signer.sign(author.id, 'thread', threadId);
    clock.now = realNow;
    const expired = await request(t.app.getHttpServer()).get('/notifications/unsubscribe').query({ token: old });
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('expired');

    expect(await db.snapshot()).toEqual(before);
    expect((await ok(author.client, NQ.watch, { threadId })).forumWatch).toMatchObject({ level: 'WATCHING' });
    expect((await ok(victim.client, NQ.prefs)).notificationPreferences.emailMode).toBe('IMMEDIATE');
  });

  it('a mail program’s one-click POST (RFC 8058) to the “all” link turns board emails off; in-app notifications stay', async () => {
    const author = await premium('OneClick');
    const replier = await premium('Writer');
    const { mail, threadId } = await emailedReply(author, replier, premiumBoard.id, `One click ${rnd()}`, 'A reply.');
    const allLink = new URL(unsubscribeLinks(mail)[1]);
    const res = await request(t.app.getHttpServer()).post(allLink.pathname + allLink.search).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect((await ok(author.client, NQ.prefs)).notificationPreferences.emailMode).toBe('OFF');

    const later = await n.reply(replier, threadId, 'Another reply.');
    expect(await n.sendEmails(later)).toBe(0);
    expect(await n.rows(author, later.post.id)).toEqual([expect.objectContaining({ email: 'none' })]);
    expect(await n.count(author)).toBeGreaterThan(0);
  });

  it('the unsubscribe page is served by the API, not swallowed by the web app; the web app keeps /notifications', async () => {
    const res = await request(t.app.getHttpServer()).get('/notifications/unsubscribe?token=x').set('accept', 'text/html');
    expect(res.status).toBe(400);
    expect(res.text).toContain('This link does not work');
    const page = await request(t.app.getHttpServer()).get('/notifications').set('accept', 'text/html');
    expect(page.text).not.toContain('This link does not work');
  });

  it('the email check waits for a notification another transaction holds (a member marking it read) instead of leaving it pending for good', async () => {
    const author = await premium('Held');
    const replier = await premium('Holder');
    const started = await n.thread(author, premiumBoard.id, `Row lock ${rnd()}`, 'Opening.');
    const reply = await n.reply(replier, started.thread.id, 'A reply.');
    const other = await new TestDb().connect();
    try {
      // Another transaction holds the row, as markNotificationsRead does while it commits.
      await other.query('begin');
      expect(await other.query(`select id from notifications where user_id = $1 and post_id = $2 for update`, [author.id, reply.post.id])).toHaveLength(1);
      let settled = false;
      const check = n.sendEmails(reply).then((sent) => {
        settled = true;
        return sent;
      });
      await new Promise((r) => setTimeout(r, 400));
      // Control: the check really met the lock (it waits rather than answering around it).
      expect(settled).toBe(false);
      await other.query('commit');
      expect(await check).toBe(1);
    } finally {
      await other.query('rollback').catch(() => undefined);
      await other.close();
    }
    expect(await n.rows(author, reply.post.id)).toEqual([expect.objectContaining({ email: 'sent' })]);
    await t.mailbox.waitFor(author.email);
    expect(await t.mailbox.for(author.email)).toHaveLength(1);
  });
});
