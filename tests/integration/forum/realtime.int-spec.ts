import { TestDb } from '../../utils/fixtures';
import { bootForum, Category, closeForum, ForumWorld, Live, MADE_UP_ID, Member, ok, postIdsIn, Q, rnd, sleep } from '../../utils/forum-fixtures';
import type { TestApp } from '../../utils/test-app';

/** Live threads over socket.io: readers, typing, bad events, closed rooms, anonymous payloads. */

describe('board realtime', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let board: Category;
  let group: { id: string };
  let groupCat: Category;
  let author: Member;
  let reader: Member;
  let other: Member;
  let moderator: Member;
  let staff: Member;

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());
    board = await w.category({ audience: 'premium', allowAnonymous: true });
    group = await w.group();
    groupCat = await w.category({ audience: 'group', groupId: group.id });
    author = await w.member({ premium: true, established: true, displayName: 'Author Avi' });
    reader = await w.member({ premium: true, established: true, displayName: 'Reader Roz' });
    other = await w.member({ premium: true, established: true, displayName: 'Other Omar' });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Moderator Meg' });
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Stu' });
    await w.addToGroup(group.id, author.id);
  });
  afterEach(() => w.disconnectAll());
  afterAll(() => closeForum({ t, db, w }));

  const newThread = async (title = `Live ${rnd()}`) => (await w.thread(author, board.id, { title, body: 'Opening post.' })).thread.id as string;

  it('counts readers: joining, leaving and disconnecting update everyone in the room', async () => {
    const threadId = await newThread();
    const a = await w.connect(reader.cookie);
    const b = await w.connect(other.cookie);
    const c = await w.connect(); // a visitor cannot read premium threads and does not count
    expect(await a.join(threadId)).toEqual({ ok: true, readers: 1 });
    expect(await c.join(threadId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await b.join(threadId)).toEqual({ ok: true, readers: 2 });
    expect(await a.waitFor('forum:readers', (p) => p.readers === 2)).toEqual({ threadId, readers: 2 });

    let mark = a.mark();
    expect(await b.emit('forum:leave', { threadId })).toEqual({ ok: true });
    expect(await a.waitFor('forum:readers', () => true, 5000, mark)).toEqual({ threadId, readers: 1 });

    expect(await b.join(threadId)).toEqual({ ok: true, readers: 2 });
    await a.waitFor('forum:readers', (p) => p.readers === 2, 5000, mark);
    mark = a.mark();
    b.socket.disconnect();
    expect(await a.waitFor('forum:readers', () => true, 5000, mark)).toEqual({ threadId, readers: 1 });
    expect(c.of('forum:readers')).toEqual([]);
  });

  it('typing reaches the other readers only, and carries no name', async () => {
    const threadId = await newThread();
    const a = await w.connect(reader.cookie);
    const b = await w.connect(other.cookie);
    expect(await a.join(threadId)).toMatchObject({ ok: true });
    expect(await b.join(threadId)).toMatchObject({ ok: true });

    expect(await a.emit('forum:typing', { threadId })).toEqual({ ok: true });
    expect(await b.waitFor('forum:typing')).toEqual({ threadId });
    await sleep(150);
    expect(a.of('forum:typing')).toEqual([]);
    const raw = b.raw();
    for (const leak of [reader.displayName, reader.id, reader.email, 'Roz']) expect(raw).not.toContain(leak);

    // Not in the room: refused, and nobody is told.
    const outsider = await w.connect(moderator.cookie);
    expect(await outsider.emit('forum:typing', { threadId })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', reason: 'NOT_IN_THREAD' } });
    expect(await outsider.emit('forum:typing', { threadId: 'nope' })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
  });

  it('malformed forum:join events answer BAD_USER_INPUT; the socket stays connected and can then join', async () => {
    const threadId = await newThread();
    const live = await w.connect(reader.cookie);
    const bad: unknown[] = [
      {},
      'x',
      null,
      42,
      [threadId],
      { threadId: 'not-a-uuid' },
      { threadId: 123 },
      { threadId: { $ne: null } },
      { threadId: `${threadId} ` },
      { threadId: `${threadId}' or '1'='1` },
      { threadId: 'x'.repeat(500_000) },
      'y'.repeat(500_000),
    ];
    for (const body of bad) {
      const ack = await live.emit('forum:join', body, 10_000);
      expect({ body: JSON.stringify(body).slice(0, 60), ack }).toMatchObject({ body: JSON.stringify(body).slice(0, 60), ack: { ok: false, error: { code: 'BAD_USER_INPUT' } } });
      expect(live.socket.connected).toBe(true);
    }
    expect(await live.join(threadId)).toEqual({ ok: true, readers: 1 });
    const reply = await w.reply(other, threadId, 'After the bad events.');
    await live.waitFor('forum:post', (p) => p.post.id === reply.post.id);
  });

  it('joining a thread you may not read answers NOT_FOUND, exactly as for a thread that does not exist', async () => {
    const groupThread = (await w.thread(author, groupCat.id, { title: `Group only ${rnd()}`, body: 'For the group.' })).thread.id;
    const premiumThread = await newThread();
    const guest = await w.member({ displayName: 'Guest Gia' });
    const madeUp = await (await w.connect(reader.cookie)).join(MADE_UP_ID);
    expect(madeUp).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'THREAD_NOT_FOUND', message: 'No such thread.' } });

    const r = await w.connect(reader.cookie);
    expect(await r.join(groupThread)).toEqual(madeUp);
    const g = await w.connect(guest.cookie);
    expect(await g.join(premiumThread)).toEqual(madeUp);
    const v = await w.connect();
    expect(await v.join(premiumThread)).toEqual(madeUp);
    expect(await v.join(groupThread)).toEqual(madeUp);

    // None of them hears the thread afterwards.
    const mod = await w.connect(moderator.cookie);
    expect(await mod.join(groupThread)).toMatchObject({ ok: true });
    const reply = await w.reply(author, groupThread, 'Group reply.');
    await mod.waitFor('forum:post', (p) => p.post.id === reply.post.id);
    await sleep(100);
    for (const l of [r, g, v]) expect(l.of('forum:post')).toEqual([]);
    for (const l of [r, g, v]) expect(l.of('forum:readers')).toEqual([]);
  });

  it('an anonymous post reaches readers without any trace of its author', async () => {
    const anon = await w.member({
      premium: true,
      established: true,
      displayName: `Secret Sage ${rnd()}`,
      profile: { credentials: `RN-${rnd()}`, jobTitle: `Nurse Lead ${rnd()}`, organizationName: `Hospital ${rnd()}` },
    });
    const threadId = await newThread();
    const live = await w.connect(reader.cookie);
    const mod = await w.connect(moderator.cookie);
    expect(await live.join(threadId)).toMatchObject({ ok: true });
    expect(await mod.join(threadId)).toMatchObject({ ok: true });

    const own = await w.connect(anon.cookie);
    expect(await own.join(threadId)).toMatchObject({ ok: true });
    await own.emit('forum:typing', { threadId });
    const res = await w.reply(anon, threadId, 'Speaking anonymously here.', { anonymous: true });
    await ok(anon.client, Q.editPost, { input: { postId: res.post.id, body: 'Speaking anonymously, edited.' } });
    await ok(reader.client, Q.react, { id: res.post.id, kind: 'THANKS' });
    await ok(anon.client, Q.react, { id: res.post.id, kind: 'AGREE' });

    const event = await live.waitFor('forum:post', (p) => p.post.id === res.post.id);
    expect(event.post.author).toEqual({ userId: null, displayName: 'Member A', credentials: null, credentialsVerified: false, jobTitle: null, organizationName: null, anonymous: true, isYou: false });
    await live.waitFor('forum:post-updated', (p) => p.post.id === res.post.id);
    await live.waitFor('forum:reactions', (p) => p.reactions.length === 2);
    // Enum values as GraphQL sends them, in every payload.
    const graphql = (await ok(reader.client, Q.thread, { id: threadId })).forumThread.posts.nodes.find((n: { id: string }) => n.id === res.post.id);
    expect(event.post.status).toBe('VISIBLE');
    expect(live.of('forum:post-updated').find((p) => p.post.id === res.post.id).post).toMatchObject({ status: graphql.status, bodyHtml: graphql.bodyHtml });
    const reactions = live.of('forum:reactions').find((p) => p.reactions.length === 2).reactions;
    expect(reactions.map((r: { kind: string; count: number }) => ({ kind: r.kind, count: r.count })).sort((a: any, b: any) => a.kind.localeCompare(b.kind))).toEqual(
      graphql.reactions.map((r: { kind: string; count: number }) => ({ kind: r.kind, count: r.count })).sort((a: any, b: any) => a.kind.localeCompare(b.kind)),
    );
    expect(reactions.map((r: { kind: string }) => r.kind).sort()).toEqual(['AGREE', 'THANKS']);
    await mod.waitFor('forum:reactions', (p) => p.reactions.length === 2);

    const needles = [anon.displayName, 'Secret Sage', anon.email, anon.email.split('@')[0], anon.id];
    const [{ credentials, job_title, organization_name }] = await db.query(`select credentials, job_title, organization_name from users where id = $1`, [anon.id]);
    needles.push(credentials, job_title, organization_name);
    for (const l of [live, mod, own]) {
      const raw = l.raw();
      for (const needle of needles) expect({ needle, found: raw.includes(needle) }).toEqual({ needle, found: false });
    }
  });

  it('hiding a thread takes its readers out of the room at once', async () => {
    const { thread, post } = await w.thread(author, board.id, { title: `To hide ${rnd()}`, body: 'Opening.' });
    const live = await w.connect(reader.cookie);
    expect(await live.join(thread.id)).toMatchObject({ ok: true });
    await w.moderate(moderator, post.id, 'HIDE', 'Rule 3');
    expect(await live.waitFor('forum:access-lost')).toEqual({ threadId: thread.id });
    // The thread comes back: the reader must join again to hear it.
    await w.moderate(moderator, post.id, 'RESTORE', 'Appeal granted');
    const reply = await w.reply(other, thread.id, 'Back again.');
    const mod = await w.connect(moderator.cookie);
    expect(await mod.join(thread.id)).toMatchObject({ ok: true });
    const reply2 = await w.reply(other, thread.id, 'Again.');
    await mod.waitFor('forum:post', (p) => p.post.id === reply2.post.id);
    await sleep(100);
    expect(postIdsIn(live, thread.id)).toEqual([]);
    expect(reply.post.id).toBeTruthy();
  });

  it('the author deleting their thread closes it for its readers', async () => {
    const { thread, post } = await w.thread(author, board.id, { title: `Author deletes ${rnd()}`, body: 'Opening.' });
    const live = await w.connect(reader.cookie);
    expect(await live.join(thread.id)).toMatchObject({ ok: true });
    await ok(author.client, Q.deletePost, { id: post.id });
    expect(await live.waitFor('forum:access-lost')).toEqual({ threadId: thread.id });
  });

  // BUG (forum.gateway.ts recheckUser and threadClosedToReaders): a socket removed because its access ended leaves the
  // room with `s.leave(room)` but the remaining readers are never sent a new `forum:readers` count (removeFromThread
  // and the disconnect handler do send one). The count stays too high until someone else joins or leaves.
  // Fix: after the loop, `await this.broadcastReaders(room)` for each room a socket was removed from.
  it('when a reader loses access, the others get the new readers count', async () => {
    const threadId = await newThread();
    const lapsing = await w.member({ premium: true, displayName: 'Lapsing Liv' });
    const stays = await w.connect(reader.cookie);
    const goes = await w.connect(lapsing.cookie);
    expect(await stays.join(threadId)).toEqual({ ok: true, readers: 1 });
    expect(await goes.join(threadId)).toEqual({ ok: true, readers: 2 });
    await stays.waitFor('forum:readers', (p) => p.readers === 2);
    const mark = stays.mark();
    await ok(staff.client, Q.revokeGrant, { id: lapsing.grantId });
    await goes.waitFor('forum:access-lost');
    expect(await stays.waitFor('forum:readers', () => true, 2000, mark)).toEqual({ threadId, readers: 1 });
  });

  // BUG (forum.gateway.ts join/leave/typing): the UUID check is case-insensitive, so an upper-case thread id is accepted
  // and the socket joins room `forum:thread:<UPPER>`, while every event is sent to `forum:thread:<lower>` (the id as
  // PostgreSQL returns it). The reader is told { ok: true } and then hears nothing. GraphQL lower-cases ids (IdPipe);
  // the gateway does not. Fix: `const threadId = raw.toLowerCase()` after the check in join, leave and typing.
  it('a thread joined with an upper-case id still delivers its posts', async () => {
    const threadId = await newThread();
    const live = await w.connect(reader.cookie);
    expect(await live.join(threadId.toUpperCase())).toMatchObject({ ok: true });
    const reply = await w.reply(other, threadId, 'Can you hear me?');
    await live.waitFor('forum:post', (p) => p.post.id === reply.post.id, 2000);
  });

  it('a socket that is not signed in can follow a public sample thread, nothing more', async () => {
    const pub = await w.category({ audience: 'public' });
    const { thread } = await w.thread(author, pub.id, { title: `Sample ${rnd()}`, body: 'Public sample.' });
    const v = await w.connect();
    expect(await v.join(thread.id)).toEqual({ ok: true, readers: 1 });
    const reply = await w.reply(other, thread.id, 'Sample reply.');
    await v.waitFor('forum:post', (p) => p.post.id === reply.post.id);
    // It cannot type.
    expect(await v.emit('forum:typing', { threadId: thread.id })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
  });

  it('sockets of one member are independent rooms (a second tab joins separately)', async () => {
    const threadId = await newThread();
    const tab1: Live = await w.connect(reader.cookie);
    const tab2: Live = await w.connect(reader.cookie);
    expect(await tab1.join(threadId)).toEqual({ ok: true, readers: 1 });
    const reply = await w.reply(other, threadId, 'Only tab 1 listens.');
    await tab1.waitFor('forum:post', (p) => p.post.id === reply.post.id);
    await sleep(100);
    expect(tab2.of('forum:post')).toEqual([]);
  });
});
