import { TestDb } from '../../utils/fixtures';
import { NotificationFanoutService } from '../../../apps/api/src/modules/notifications/notification-fanout.service';
import { Category, closeForum, fail, ForumWorld, MADE_UP_ID, Member, ok, Q, rnd, shape, sleep } from '../../utils/forum-fixtures';
import { bootNotifications, NotificationWorld, NQ } from '../../utils/notification-fixtures';
import type { TestApp } from '../../utils/test-app';

/** The bell: the live unread count, the list, marking read, and access re-checked at read time. */

describe('notification inbox', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let n: NotificationWorld;
  let board: Category;
  let moderator: Member;
  let staff: Member;

  const premium = (name: string) => w.premiumMember(name);

  beforeAll(async () => {
    // The real timing: emails are checked as soon as the fan-out has run.
    ({ t, db, w, n } = await bootNotifications({ NOTIFY_EMAIL_DELAY_SECONDS: '0' }));
    board = await w.category({ audience: 'premium', allowAnonymous: true });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: `Moderator ${rnd()}` });
    staff = await w.member({ roles: ['member', 'staff'], displayName: `Staff ${rnd()}` });
  });
  afterEach(() => w.disconnectAll());
  afterAll(() => closeForum({ t, db, w }));

  it('a reported post reaches the bell live over socket.io, then by email, through the queue alone', async () => {
    const author = await premium('Live');
    const replier = await premium('Answer');
    const started = await w.thread(author, board.id, { title: `Live bell ${rnd()}`, body: 'Opening.' });
    const live = await w.connect(author.cookie);
    const other = await w.connect(replier.cookie);
    const mark = live.mark();

    const reply = await w.reply(replier, started.thread.id, 'Here is what worked for us.');
    // What the board calls once the post is visible (a second report of the same post changes nothing).
    await n.service.onForumPostPublished({
      postId: reply.post.id,
      threadId: started.thread.id,
      categoryId: board.id,
      authorId: replier.id,
      anonymous: false,
      quotedPostId: null,
    });
    expect(await live.waitFor('notifications:unread', (p) => p.count === 1, 10_000, mark)).toEqual({ count: 1 });
    const [mail] = await t.mailbox.waitFor(author.email, { subject: /confidential thread/ }).catch(async (e: Error) => {
      // Seen once in a full run and never alone: say where the email stopped (notification row, jobs, outbox).
      const rows = await db.query(`select user_id, email, read_at from notifications where post_id = $1`, [reply.post.id]);
      const jobs = await db.query(`select name, state, retry_count, output from pgboss.job where data->>'postId' = $1`, [reply.post.id]).catch(() => []);
      const outbox = await db.query(`select status, attempts from mail_messages where to_address = $1`, [author.email]).catch(() => []);
      throw new Error(`${e.message}; notifications ${JSON.stringify(rows)}; jobs ${JSON.stringify(jobs)}; outbox ${JSON.stringify(outbox)}`);
    });
    expect(mail.text).toContain(`/board/t/${started.thread.id}`);
    // The event carries a number only, and only to the member it is for.
    expect(live.raw()).not.toContain('Here is what worked');
    expect(other.of('notifications:unread')).toEqual([]);
  });

  it('marking read updates the count in every open tab; only your own notifications can be marked', async () => {
    const author = await premium('Marker');
    const replier = await premium('Writer');
    const bystander = await premium('Bystander');
    const started = await n.thread(author, board.id, `Mark ${rnd()}`, 'Opening.');
    await n.setWatch(bystander, { threadId: started.thread.id }, 'TRACKING');
    await n.reply(replier, started.thread.id, 'One.');
    await n.reply(replier, started.thread.id, 'Two.');
    const tab = await w.connect(author.cookie);
    const [newest, older] = await n.list(author);
    expect([newest.postSeq, older.postSeq]).toEqual([3, 2]);

    const theirs = (await n.list(bystander))[0];
    let mark = tab.mark();
    expect((await ok(author.client, NQ.markRead, { input: { ids: [older.id, theirs.id] } })).markNotificationsRead).toEqual({ count: 1 });
    expect(await tab.waitFor('notifications:unread', () => true, 5000, mark)).toEqual({ count: 1 });
    expect(await n.count(bystander)).toBe(2);
    expect((await n.list(author)).map((i) => i.readAt === null)).toEqual([true, false]);

    mark = tab.mark();
    expect((await ok(author.client, NQ.markRead, { input: { all: true } })).markNotificationsRead).toEqual({ count: 0 });
    expect(await tab.waitFor('notifications:unread', () => true, 5000, mark)).toEqual({ count: 0 });
    expect((await fail(author.client, NQ.markRead, { input: { all: false } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTHING_TO_MARK' });
    expect((await fail(author.client, NQ.markRead, { input: { ids: ['nope'] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('markForumThreadRead moves forward only, never past the last post, and clears that thread’s notifications', async () => {
    const author = await premium('Thread');
    const replier = await premium('Reply');
    const started = await n.thread(author, board.id, `Read mark ${rnd()}`, 'Opening.');
    await n.reply(replier, started.thread.id, 'Two.');
    await n.reply(replier, started.thread.id, 'Three.');
    const threadId = started.thread.id;
    expect(await n.markThreadRead(author, threadId, 2)).toEqual({ threadId, lastReadSeq: 2, unreadNotificationCount: 1 });
    expect(await n.markThreadRead(author, threadId, 1)).toMatchObject({ lastReadSeq: 2 });
    expect(await n.markThreadRead(author, threadId, 999)).toEqual({ threadId, lastReadSeq: 3, unreadNotificationCount: 0 });
    const [state] = await db.query(`select last_read_seq from forum_read_states where user_id = $1 and thread_id = $2`, [author.id, threadId]);
    expect(state.last_read_seq).toBe(3);

    // A thread the member may not read answers exactly like one that does not exist.
    const guest = await w.member({ displayName: `Guest ${rnd()}` });
    const hidden = shape(await fail(guest.client, NQ.markThreadRead, { threadId, seq: 1 }));
    expect(hidden).toEqual(shape(await fail(guest.client, NQ.markThreadRead, { threadId: MADE_UP_ID, seq: 1 })));
    expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fail(author.client, NQ.markThreadRead, { threadId, seq: -1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SEQ' });
  });

  it('a member who lost access gets no new notification, and the ones they had disappear from the list and the count', async () => {
    const group = await w.group();
    const room = await w.category({ audience: 'group', groupId: group.id });
    const author = await premium('Fellow');
    const leaver = await premium('Leaver');
    await w.addToGroup(group.id, author.id);
    await w.addToGroup(group.id, leaver.id);
    const started = await n.thread(author, room.id, `Group secret ${rnd()}`, 'Opening.');
    await n.setWatch(leaver, { threadId: started.thread.id }, 'TRACKING');
    const first = await n.reply(author, started.thread.id, 'Only for the group.');
    expect((await n.list(leaver)).map((i) => i.postId)).toEqual([first.post.id]);
    const tab = await w.connect(leaver.cookie);

    await ok(staff.client, Q.groupMember, { g: group.id, u: leaver.id, member: false });
    expect(await n.list(leaver)).toEqual([]);
    expect(await n.count(leaver)).toBe(0);
    const second = await w.reply(author, started.thread.id, 'After they left.');
    expect(await n.publish(second)).not.toContain(leaver.id);
    expect(await n.rows(leaver, second.post.id)).toEqual([]);
    expect(tab.raw()).not.toContain('Only for the group');

    // Premium that ends works the same way.
    const lapsing = await premium('Lapsing');
    const premiumThread = await n.thread(lapsing, board.id, `Premium ${rnd()}`, 'Opening.');
    await n.reply(author, premiumThread.thread.id, 'A reply.');
    expect(await n.count(lapsing)).toBe(1);
    await ok(staff.client, Q.revokeGrant, { id: lapsing.grantId });
    expect(await n.count(lapsing)).toBe(0);
    expect(await n.list(lapsing)).toEqual([]);
  });

  it('a post hidden by a moderator disappears from the list; the anonymous author is shown by pseudonym only', async () => {
    const author = await premium('Asker');
    const anonymous = await premium('Secret');
    const started = await n.thread(author, board.id, `Hidden ${rnd()}`, 'Opening.');
    const kept = await n.reply(anonymous, started.thread.id, 'Kept, anonymously.', { anonymous: true });
    const removed = await n.reply(anonymous, started.thread.id, 'To be hidden.', { anonymous: true });
    expect((await n.list(author)).map((i) => [i.postId, i.actorName])).toEqual([
      [removed.post.id, 'Member A'],
      [kept.post.id, 'Member A'],
    ]);
    await w.moderate(moderator, removed.post.id, 'HIDE', 'Off topic');
    const after = await n.list(author);
    expect(after.map((i) => i.postId)).toEqual([kept.post.id]);
    expect(await n.count(author)).toBe(1);
    expect(JSON.stringify(after)).not.toContain(anonymous.displayName);
  });

  it('pages newest first; visitors are asked to log in; a bad cursor is refused', async () => {
    const author = await premium('Pager');
    const replier = await premium('Many');
    const started = await n.thread(author, board.id, `Pages ${rnd()}`, 'Opening.');
    for (const body of ['One.', 'Two.', 'Three.']) await n.reply(replier, started.thread.id, body);
    const first = (await ok(author.client, NQ.list, { first: 2 })).notifications;
    expect(first.nodes.map((i: any) => i.postSeq)).toEqual([4, 3]);
    const second = (await ok(author.client, NQ.list, { first: 2, after: first.nextCursor })).notifications;
    expect(second.nodes.map((i: any) => i.postSeq)).toEqual([2]);
    expect(second.nextCursor).toBeNull();

    expect((await fail(author.client, NQ.list, { first: 2, after: 'garbage' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    for (const query of [NQ.list, NQ.count, NQ.prefs]) {
      expect((await fail(w.visitor(), query)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect((await fail(w.visitor(), NQ.setWatch, { input: { threadId: started.thread.id, level: 'MUTED' } })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('watch levels can only be set on threads and categories the member may read', async () => {
    const guest = await w.member({ displayName: `Guest ${rnd()}` });
    const author = await premium('Owner');
    const started = await n.thread(author, board.id, `Watch ${rnd()}`, 'Opening.');
    const notAllowed = shape(await fail(guest.client, NQ.setWatch, { input: { threadId: started.thread.id, level: 'WATCHING' } }));
    expect(notAllowed).toEqual(shape(await fail(guest.client, NQ.setWatch, { input: { threadId: MADE_UP_ID, level: 'WATCHING' } })));
    expect(shape(await fail(guest.client, NQ.setWatch, { input: { categoryId: board.id, level: 'WATCHING' } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fail(author.client, NQ.setWatch, { input: { threadId: started.thread.id, categoryId: board.id, level: 'WATCHING' } })).extensions).toMatchObject({ reason: 'INVALID_TARGET' });
    expect((await fail(author.client, NQ.watch, { threadId: 'nope' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const count = await db.query(`select count(*)::int as n from forum_watches where user_id = $1`, [guest.id]);
    expect(count[0].n).toBe(0);
  });

  it('a new post answers without waiting for its fan-out: a queued job, written with the post, notifies every watcher', async () => {
    const busy = await w.category({ audience: 'premium' });
    const author = await premium('Busy');
    const watchers = await Promise.all(Array.from({ length: 30 }, (_, i) => w.member({ premium: true, displayName: `Watcher ${i} ${rnd()}` })));
    for (const watcher of watchers) await db.query(`insert into forum_watches (user_id, category_id, level) values ($1, $2, 'tracking')`, [watcher.id, busy.id]);
    const tab = await w.connect(watchers[0].cookie);

    // Hold the fan-out worker back: the post's request must not wait for it.
    const fanout = t.app.get(NotificationFanoutService);
    const real = fanout.fanOut.bind(fanout);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const seen: string[] = [];
    fanout.fanOut = async (event) => {
      seen.push(event.postId);
      await gate;
      return real(event);
    };
    try {
      const started = await w.thread(author, busy.id, { title: `Busy thread ${rnd()}`, body: 'Opening.' });
      const mark = tab.mark();
      const reply = await w.reply(author, started.thread.id, 'Everyone should hear about this.');
      // Answered, though no notification exists yet; the job for each post is queued.
      const [{ n: written }] = await db.query<{ n: number }>(`select count(*)::int as n from notifications where post_id = any($1::uuid[])`, [[started.post.id, reply.post.id]]);
      expect(written).toBe(0);
      const deadline = Date.now() + 5000;
      while (!seen.includes(started.post.id) && Date.now() < deadline) await sleep(20);
      expect(seen).toContain(started.post.id);

      open();
      await w.settled(30_000);
      for (const watcher of watchers) {
        expect({ watcher: watcher.displayName, rows: (await n.rows(watcher, reply.post.id)).length }).toEqual({ watcher: watcher.displayName, rows: 1 });
      }
      // The open tab heard the count go up, live.
      expect(await tab.waitFor('notifications:unread', (p) => p.count === 2, 10_000, mark)).toEqual({ count: 2 });
    } finally {
      open();
      fanout.fanOut = real;
    }
  });
});
