import { TestDb } from '../../utils/fixtures';
import { Category, closeForum, ForumWorld, Member, ok, rnd } from '../../utils/forum-fixtures';
import { bootNotifications, NotificationWorld, NQ } from '../../utils/notification-fixtures';
import type { TestApp } from '../../utils/test-app';

/** Daily and weekly digests instead of one email per post. */

describe('notification digests', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let n: NotificationWorld;
  let premiumBoard: Category;
  let publicBoard: Category;

  const premium = (name: string) => w.premiumMember(name);

  beforeAll(async () => {
    ({ t, db, w, n } = await bootNotifications({ NOTIFY_EMAIL_DELAY_SECONDS: '3600' }));
    premiumBoard = await w.category({ audience: 'premium' });
    publicBoard = await w.category({ audience: 'public' });
  });
  afterAll(() => closeForum({ t, db, w }));

  it('a daily member gets one summary instead of per-post emails: counts per thread, no confidential title, no post text', async () => {
    const reader = await premium('Daily');
    const poster = await premium('Poster');
    await n.setMode(reader, 'DAILY');
    expect((await ok(reader.client, NQ.prefs)).notificationPreferences).toEqual({ emailMode: 'DAILY' });
    const secretTitle = `Confidential staffing ${rnd()}`;
    const publicTitle = `Public hashtags ${rnd()}`;
    const confidential = await n.thread(poster, premiumBoard.id, secretTitle, 'Opening.');
    const open = await n.thread(poster, publicBoard.id, publicTitle, 'Opening.');
    await n.setWatch(reader, { threadId: confidential.thread.id }, 'WATCHING');
    await n.setWatch(reader, { threadId: open.thread.id }, 'WATCHING');

    const bodies = [`Secret reply one ${rnd()}`, `Secret reply two ${rnd()}`, `Public reply ${rnd()}`];
    const posts = [
      await n.reply(poster, confidential.thread.id, bodies[0]),
      await n.reply(poster, confidential.thread.id, bodies[1]),
      await n.reply(poster, open.thread.id, bodies[2]),
    ];
    for (const p of posts) await n.sendEmails(p);
    await n.outboxDrained();
    expect(await n.mails(reader)).toHaveLength(0);
    expect(await n.count(reader)).toBe(3);

    expect(await n.digests().sendDigest(reader.id)).toBe(true);
    const [digest] = await t.mailbox.waitFor(reader.email);
    expect(digest.subject).toBe('Your daily Confer digest: 3 new replies');
    expect(digest.text).toContain(`2 new replies in a confidential thread: ${t.baseUrl}/board/t/${confidential.thread.id}`);
    expect(digest.text).toContain(`1 new reply in “${publicTitle}”: ${t.baseUrl}/board/t/${open.thread.id}`);
    const everything = n.everything(digest);
    for (const secret of [secretTitle, ...bodies, poster.displayName]) expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    expect(everything).toContain('List-Unsubscribe');

    // Each post is summarised once; the in-app notifications stay.
    expect(await n.digests().sendDigest(reader.id)).toBe(false);
    expect(await n.count(reader)).toBe(3);
  });

  it('what was read before the digest is left out; nothing unread, no digest', async () => {
    const reader = await premium('Weekly');
    const poster = await premium('Writer');
    await n.setMode(reader, 'WEEKLY');
    const started = await n.thread(poster, premiumBoard.id, `Weekly ${rnd()}`, 'Opening.');
    await n.setWatch(reader, { threadId: started.thread.id }, 'WATCHING');
    const reply = await n.reply(poster, started.thread.id, 'Read already.');
    await n.markThreadRead(reader, started.thread.id, reply.post.seq);
    expect(await n.digests().sendDigest(reader.id)).toBe(false);
    await n.outboxDrained();
    expect(await n.mails(reader)).toHaveLength(0);
    expect((await n.rows(reader, reply.post.id))[0].email).toBe('skipped');
  });

  it('the schedule sends a digest once the member’s local morning has come, and only once', async () => {
    const reader = await premium('Morning');
    const poster = await premium('Early');
    await n.setMode(reader, 'DAILY');
    const started = await n.thread(poster, premiumBoard.id, `Morning ${rnd()}`, 'Opening.');
    await n.setWatch(reader, { threadId: started.thread.id }, 'WATCHING');
    await n.reply(poster, started.thread.id, 'Overnight reply.');

    const digests = n.digests();
    await digests.runDue(new Date());
    expect(await n.mails(reader)).toHaveLength(0);
    const tomorrowMorning = new Date(Date.now() + 36 * 3600_000);
    expect(await digests.runDue(tomorrowMorning)).toBeGreaterThanOrEqual(1);
    await t.mailbox.waitFor(reader.email, { subject: /daily Confer digest/ });
    await n.reply(poster, started.thread.id, 'Later the same day.');
    await digests.runDue(new Date(tomorrowMorning.getTime() + 3600_000));
    await n.outboxDrained();
    expect(await n.mails(reader)).toHaveLength(1);
  });

  it('going back to immediate emails drops what waited for the digest (no burst); turning email off stops it all', async () => {
    const reader = await premium('Switch');
    const poster = await premium('Writer');
    await n.setMode(reader, 'DAILY');
    const started = await n.thread(poster, premiumBoard.id, `Switch ${rnd()}`, 'Opening.');
    await n.setWatch(reader, { threadId: started.thread.id }, 'WATCHING');
    const waited = await n.reply(poster, started.thread.id, 'Waited for the digest.');
    await n.setMode(reader, 'IMMEDIATE');
    expect((await n.rows(reader, waited.post.id))[0].email).toBe('skipped');
    await n.markThreadRead(reader, started.thread.id, waited.post.seq);
    const now = await n.reply(poster, started.thread.id, 'Immediate again.');
    expect(await n.sendEmails(now)).toBe(1);

    await n.setMode(reader, 'OFF');
    await n.markThreadRead(reader, started.thread.id, now.post.seq);
    const off = await n.reply(poster, started.thread.id, 'Email is off.');
    expect(await n.sendEmails(off)).toBe(0);
    expect((await n.rows(reader, off.post.id))[0]).toMatchObject({ email: 'none', read_at: null });
  });
});
