import { TestDb } from '../../utils/fixtures';
import { Category, fail, ForumWorld, Member, ok, postIdsIn, Q, rnd, sleep } from '../../utils/forum-fixtures';
import { startTestApp, TestApp } from '../../utils/test-app';

/** The moderators' daily routine: held posts, the queue, approve/hide/delete/restore, the log, revealing an author. */

describe('moderation', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let board: Category; // premium, anonymous allowed
  let premod: Category; // premium, every post reviewed
  let established: Member;
  let reader: Member;
  let moderator: Member;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    board = await w.category({ audience: 'premium', allowAnonymous: true });
    premod = await w.category({ audience: 'premium', requirePremoderation: true });
    established = await w.member({ premium: true, established: true, displayName: 'Established Eli' });
    reader = await w.member({ premium: true, established: true, displayName: 'Reader Ren' });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Moderator Max' });
  });
  afterEach(() => w.disconnectAll());
  afterAll(async () => {
    w?.disconnectAll();
    await db?.close();
    await t?.close();
  });

  const queueIds = async () => (await ok(moderator.client, Q.queue)).moderationQueue.map((p: { id: string }) => p.id) as string[];
  const logFor = async (targetId: string) => (await ok(moderator.client, Q.log)).moderationLog.filter((a: any) => a.targetId === targetId);
  const actionCount = async () => (await db.query<{ n: number }>(`select count(*)::int as n from moderation_actions`))[0].n;

  it("holds a new member's first thread for review; only they and moderators see it until it is approved", async () => {
    const newbie = await w.member({ premium: true, displayName: 'Newbie Nia' });
    const title = `First question ${rnd()}`;
    const res = await w.thread(newbie, board.id, { title, body: 'Hello, my first post.' });
    expect(res.held).toBe(true);
    expect(res.thread.status).toBe('HELD');
    expect(res.post).toMatchObject({ status: 'HELD', heldReason: expect.stringMatching(/new members/i) });

    // Invisible to peers: not in the list, not by id.
    const list = await ok(reader.client, Q.category, { slug: board.slug });
    expect(list.forumCategory.threads.nodes.map((n: any) => n.id)).not.toContain(res.thread.id);
    expect((await fail(reader.client, Q.threadOnly, { id: res.thread.id })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'THREAD_NOT_FOUND' });
    // Visible to its author, with the reason.
    const own = await ok(newbie.client, Q.thread, { id: res.thread.id });
    expect(own.forumThread.posts.nodes[0]).toMatchObject({ status: 'HELD', heldReason: res.post.heldReason });

    // The queue: moderators only.
    const queue = (await ok(moderator.client, Q.queue)).moderationQueue;
    expect(queue.find((p: any) => p.id === res.post.id)).toMatchObject({ status: 'HELD', heldReason: res.post.heldReason, author: { displayName: 'Newbie Nia' } });
    expect((await fail(reader.client, Q.queue)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    expect((await fail(newbie.client, Q.queue)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    expect((await fail(w.visitor(), Q.queue)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await fail(reader.client, Q.log)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    // Members cannot approve their own posts.
    expect((await fail(newbie.client, Q.moderate, { input: { postId: res.post.id, decision: 'APPROVE' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });

    const approved = await w.moderate(moderator, res.post.id, 'APPROVE');
    expect(approved).toMatchObject({ status: 'VISIBLE', heldReason: null });
    expect((await ok(reader.client, Q.threadOnly, { id: res.thread.id })).forumThread).toMatchObject({ title, status: 'VISIBLE' });
    expect(await queueIds()).not.toContain(res.post.id);
    expect(await logFor(res.post.id)).toEqual([expect.objectContaining({ action: 'approve', actorName: 'Moderator Max', reason: null })]);

    // Now established: the next post goes straight out.
    const next = await w.reply(newbie, res.thread.id, 'Thanks for approving.');
    expect(next.held).toBe(false);
  });

  it("holds a new member's first reply; approving it sends it live to readers of the thread", async () => {
    const { thread } = await w.thread(established, board.id, { title: `Open thread ${rnd()}`, body: 'Replies welcome.' });
    const live = await w.connect(reader.cookie);
    expect(await live.join(thread.id)).toMatchObject({ ok: true });

    const newbie = await w.member({ premium: true, displayName: 'Newbie Noor' });
    const held = await w.reply(newbie, thread.id, 'My very first reply.');
    expect(held).toMatchObject({ held: true, post: { status: 'HELD' } });
    const marker = await w.reply(established, thread.id, 'A normal reply.');
    await live.waitFor('forum:post', (p) => p.post.id === marker.post.id);
    expect(postIdsIn(live, thread.id)).toEqual([marker.post.id]);
    expect((await ok(reader.client, Q.thread, { id: thread.id })).forumThread.posts.nodes.map((p: any) => p.id)).not.toContain(held.post.id);

    await w.moderate(moderator, held.post.id, 'APPROVE');
    const event = await live.waitFor('forum:post', (p) => p.post.id === held.post.id);
    expect(event.post).toMatchObject({ bodyMd: 'My very first reply.', heldReason: null, author: { displayName: 'Newbie Noor' } });
    expect((await ok(reader.client, Q.thread, { id: thread.id })).forumThread.posts.nodes.map((p: any) => p.id)).toContain(held.post.id);
  });

  it('a pre-moderated category holds every post, even from established members, until approved', async () => {
    const res = await w.thread(established, premod.id, { title: `Reviewed ${rnd()}`, body: 'Reviewed before it appears.' });
    expect(res).toMatchObject({ held: true, thread: { status: 'HELD' }, post: { status: 'HELD', heldReason: expect.stringMatching(/reviewed/i) } });
    expect(await queueIds()).toContain(res.post.id);
    expect((await fail(reader.client, Q.threadOnly, { id: res.thread.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    await w.moderate(moderator, res.post.id, 'APPROVE');

    const live = await w.connect(reader.cookie);
    expect(await live.join(res.thread.id)).toMatchObject({ ok: true });
    const reply = await w.reply(reader, res.thread.id, 'A reviewed reply.');
    expect(reply.held).toBe(true);
    await sleep(200);
    expect(postIdsIn(live, res.thread.id)).toEqual([]);
    expect(await queueIds()).toContain(reply.post.id);
    await w.moderate(moderator, reply.post.id, 'APPROVE');
    const event = await live.waitFor('forum:post', (p) => p.post.id === reply.post.id);
    expect(event.post.status.toUpperCase()).toBe('VISIBLE');
  });

  it('hide and delete need a reason (REASON_REQUIRED, nothing changed) and are logged with who and why', async () => {
    const { thread } = await w.thread(established, board.id, { title: `Moderated ${rnd()}`, body: 'Opening.' });
    const target = await w.reply(reader, thread.id, 'Something off-topic.');
    const live = await w.connect(established.cookie);
    expect(await live.join(thread.id)).toMatchObject({ ok: true });

    const before = await db.snapshot();
    for (const decision of ['HIDE', 'DELETE', 'RESTORE']) {
      for (const reason of [undefined, '', '   ']) {
        const e = await fail(moderator.client, Q.moderate, { input: { postId: target.post.id, decision, reason } });
        expect({ decision, reason, ext: e.extensions }).toMatchObject({ decision, reason, ext: { code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' } });
      }
    }
    expect(await db.snapshot()).toEqual(before);

    const hidden = await w.moderate(moderator, target.post.id, 'HIDE', 'Off-topic');
    expect(hidden.status).toBe('HIDDEN');
    expect(await live.waitFor('forum:post-removed', (p) => p.postId === target.post.id)).toEqual({ threadId: thread.id, postId: target.post.id });
    expect((await ok(established.client, Q.thread, { id: thread.id })).forumThread.posts.nodes.map((p: any) => p.id)).not.toContain(target.post.id);
    // Its own author does not see a hidden post either, and cannot edit it.
    expect((await ok(reader.client, Q.thread, { id: thread.id })).forumThread.posts.nodes.map((p: any) => p.id)).not.toContain(target.post.id);
    expect((await fail(reader.client, Q.editPost, { input: { postId: target.post.id, body: 'Sneaky edit.' } })).extensions).toMatchObject({ code: 'NOT_FOUND' });

    const restored = await w.moderate(moderator, target.post.id, 'RESTORE', 'On reflection, fine');
    expect(restored.status).toBe('VISIBLE');
    await live.waitFor('forum:post', (p) => p.post.id === target.post.id);

    const deleted = await w.moderate(moderator, target.post.id, 'DELETE', 'Spam after all');
    expect(deleted).toMatchObject({ status: 'DELETED', bodyMd: 'Something off-topic.' }); // moderators still see the text
    expect((await ok(established.client, Q.thread, { id: thread.id })).forumThread.posts.nodes.map((p: any) => p.id)).not.toContain(target.post.id);

    const log = await logFor(target.post.id);
    expect(log.map((a: any) => [a.action, a.reason, a.actorName, a.targetType])).toEqual([
      ['delete', 'Spam after all', 'Moderator Max', 'post'],
      ['restore', 'On reflection, fine', 'Moderator Max', 'post'],
      ['hide', 'Off-topic', 'Moderator Max', 'post'],
    ]);
  });

  it('hiding the first post hides the thread: readers are taken out of the room, moderators keep it', async () => {
    const { thread, post } = await w.thread(established, board.id, { title: `Soon hidden ${rnd()}`, body: 'Opening.' });
    const live = await w.connect(reader.cookie);
    const modLive = await w.connect(moderator.cookie);
    expect(await live.join(thread.id)).toMatchObject({ ok: true });
    expect(await modLive.join(thread.id)).toMatchObject({ ok: true });
    await w.moderate(moderator, post.id, 'HIDE', 'Breaks the rules');
    expect(await live.waitFor('forum:access-lost')).toEqual({ threadId: thread.id });
    expect((await fail(reader.client, Q.threadOnly, { id: thread.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fail(established.client, Q.threadOnly, { id: thread.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(moderator.client, Q.threadOnly, { id: thread.id })).forumThread.status).toBe('HIDDEN');
    await sleep(100);
    expect(modLive.of('forum:access-lost')).toEqual([]);
    expect(await live.join(thread.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('invalid transitions are CONFLICT INVALID_TRANSITION and log nothing; members cannot moderate', async () => {
    const { thread } = await w.thread(established, board.id, { title: `Transitions ${rnd()}`, body: 'Opening.' });
    const visible = await w.reply(reader, thread.id, 'Visible reply.');
    const hidden = await w.reply(reader, thread.id, 'To be hidden.');
    const deleted = await w.reply(reader, thread.id, 'To be deleted.');
    await w.moderate(moderator, hidden.post.id, 'HIDE', 'x');
    await w.moderate(moderator, deleted.post.id, 'DELETE', 'x');

    const before = await actionCount();
    const cases: [string, string][] = [
      [visible.post.id, 'APPROVE'],
      [visible.post.id, 'RESTORE'],
      [hidden.post.id, 'APPROVE'],
      [hidden.post.id, 'HIDE'],
      [deleted.post.id, 'APPROVE'],
      [deleted.post.id, 'HIDE'],
      [deleted.post.id, 'DELETE'],
    ];
    for (const [postId, decision] of cases) {
      const e = await fail(moderator.client, Q.moderate, { input: { postId, decision, reason: 'trying' } });
      expect({ decision, ext: e.extensions }).toMatchObject({ decision, ext: { code: 'CONFLICT', reason: 'INVALID_TRANSITION' } });
    }
    expect((await fail(reader.client, Q.moderate, { input: { postId: visible.post.id, decision: 'HIDE', reason: 'mine' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    expect(await actionCount()).toBe(before);
    const statuses = await db.query(`select id, status from forum_posts where id = any($1::uuid[]) order by seq`, [[visible.post.id, hidden.post.id, deleted.post.id]]);
    expect(statuses.map((r: any) => r.status)).toEqual(['visible', 'hidden', 'deleted']);
  });

  it('revealing an anonymous author needs a reason, answers the moderator only, is logged, and tells the author by an email without the content', async () => {
    const author = await w.member({ premium: true, established: true, displayName: `Anonymous Ana ${rnd()}` });
    const title = `Confidential staffing question ${rnd()}`;
    const body = `Our director wants us to post shift photos ${rnd()}.`;
    const { thread, post } = await w.thread(author, board.id, { title, body, anonymous: true });
    const named = await w.reply(reader, thread.id, 'A named reply.');

    const before = await db.snapshot();
    const mailsBefore = (await t.mailbox.for(author.email)).length;
    expect((await fail(reader.client, Q.reveal, { id: post.id, reason: 'curious' })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    expect((await fail(w.visitor(), Q.reveal, { id: post.id, reason: 'curious' })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const reason of ['', '   ']) {
      expect((await fail(moderator.client, Q.reveal, { id: post.id, reason })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    }
    expect((await fail(moderator.client, Q.reveal, { id: named.post.id, reason: 'check' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ANONYMOUS' });
    expect(await db.snapshot()).toEqual(before);

    const revealed = await ok(moderator.client, Q.reveal, { id: post.id, reason: 'Possible patient photo, need to contact' });
    expect(revealed.revealAnonymousAuthor).toEqual({ userId: author.id, displayName: author.displayName, email: author.email });
    expect(await logFor(post.id)).toEqual([
      expect.objectContaining({ action: 'reveal_author', targetType: 'post', reason: 'Possible patient photo, need to contact', actorName: 'Moderator Max' }),
    ]);

    const mails = await t.mailbox.waitFor(author.email, { count: mailsBefore + 1 });
    const mail = mails[mails.length - 1];
    expect(mail.subject).toMatch(/moderator/i);
    const everything = `${mail.subject}\n${mail.text}\n${mail.html ?? ''}`;
    for (const secret of [title, body, title.split(' ').pop()!, body.split(' ').pop()!.replace('.', '')]) {
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    }
    // Nobody else was told anything about this thread.
    for (const m of await t.mailbox.all()) expect(`${m.subject}\n${m.text}\n${m.html ?? ''}`).not.toContain(title);

    // Other members still see only the pseudonym.
    const peerView = await ok(reader.client, Q.thread, { id: thread.id });
    expect(peerView.forumThread.author).toMatchObject({ userId: null, displayName: 'Member A' });
    expect(JSON.stringify(peerView)).not.toContain(author.displayName);
  });
});
