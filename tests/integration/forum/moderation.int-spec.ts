import { TestDb } from '../../utils/fixtures';
import { bootForum, Category, closeForum, fail, ForumWorld, Member, ok, postIdsIn, Q, rnd, sleep } from '../../utils/forum-fixtures';
import type { TestApp } from '../../utils/test-app';

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
    ({ t, db, w } = await bootForum());
    board = await w.category({ audience: 'premium', allowAnonymous: true });
    premod = await w.category({ audience: 'premium', requirePremoderation: true });
    established = await w.member({ premium: true, established: true, displayName: 'Established Eli' });
    reader = await w.member({ premium: true, established: true, displayName: 'Reader Ren' });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Moderator Max' });
  });
  afterEach(() => w.disconnectAll());
  afterAll(() => closeForum({ t, db, w }));

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
    expect(event.post.status).toBe('VISIBLE');
  });

  it('hide and delete need a reason (REASON_REQUIRED, nothing changed) and are logged with who and why', async () => {
    const { thread } = await w.thread(established, board.id, { title: `Moderated ${rnd()}`, body: 'Opening.' });
    const target = await w.reply(reader, thread.id, 'Something off-topic.');
    const live = await w.connect(established.cookie);
    expect(await live.join(thread.id)).toMatchObject({ ok: true });

    const before = await w.snapshot();
    for (const decision of ['HIDE', 'DELETE', 'RESTORE']) {
      for (const reason of [undefined, '', '   ']) {
        const e = await fail(moderator.client, Q.moderate, { input: { postId: target.post.id, decision, reason } });
        expect({ decision, reason, ext: e.extensions }).toMatchObject({ decision, reason, ext: { code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' } });
      }
    }
    expect(await w.snapshot()).toEqual(before);

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

    const before = await w.snapshot();
    const mailsBefore = (await t.mailbox.for(author.email)).length;
    expect((await fail(reader.client, Q.reveal, { id: post.id, reason: 'curious' })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    expect((await fail(w.visitor(), Q.reveal, { id: post.id, reason: 'curious' })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const reason of ['', '   ']) {
      expect((await fail(moderator.client, Q.reveal, { id: post.id, reason })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    }
    expect((await fail(moderator.client, Q.reveal, { id: named.post.id, reason: 'check' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ANONYMOUS' });
    expect(await w.snapshot()).toEqual(before);

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

  it('dismissing a post’s flags settles them without touching the post, logs it, and works once', async () => {
    const started = await w.thread(established, board.id, { title: `Dismiss ${rnd()}`, body: 'Opening post' });
    const reply = await w.reply(established, started.thread.id, 'A frank but fair reply');
    const FLAG = `mutation($p: ID!) { flagForumPost(input: { postId: $p, reason: OTHER }) { ok } }`;
    const DISMISS = `mutation($input: DismissForumFlagsInput!) { dismissForumFlags(input: $input) { ok } }`;
    await ok(reader.client, FLAG, { p: reply.post.id });
    await ok(moderator.client, FLAG, { p: reply.post.id });
    const flagged = async () => (await ok(moderator.client, `{ moderationFlags { post { id } } }`)).moderationFlags.map((f: any) => f.post.id) as string[];
    expect(await flagged()).toContain(reply.post.id);

    // Members cannot; a bad id or an over-long reason is refused with a code; nothing changes.
    const before = await actionCount();
    expect((await fail(reader.client, DISMISS, { input: { postId: reply.post.id } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
    expect((await fail(moderator.client, DISMISS, { input: { postId: 'nope' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(moderator.client, DISMISS, { input: { postId: reply.post.id, reason: 'x'.repeat(501) } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(moderator.client, DISMISS, { input: { postId: '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42' } })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POST_NOT_FOUND' });
    expect(await actionCount()).toBe(before);
    expect(await flagged()).toContain(reply.post.id);

    await ok(moderator.client, DISMISS, { input: { postId: reply.post.id, reason: 'Within the rules' } });
    expect(await flagged()).not.toContain(reply.post.id);
    const post = (await ok(reader.client, Q.thread, { id: started.thread.id })).forumThread.posts.nodes.find((p: any) => p.id === reply.post.id);
    expect(post).toMatchObject({ status: 'VISIBLE', bodyMd: 'A frank but fair reply' });
    expect(await logFor(reply.post.id)).toEqual([expect.objectContaining({ action: 'dismiss_flags', targetType: 'post', reason: 'Within the rules', actorName: 'Moderator Max' })]);
    const rows = await db.query(`select status, resolved_by from forum_flags where post_id = $1`, [reply.post.id]);
    expect(rows).toEqual([{ status: 'resolved', resolved_by: moderator.id }, { status: 'resolved', resolved_by: moderator.id }]);

    // A second dismissal (another moderator's tab) finds nothing open and logs nothing.
    expect((await fail(moderator.client, DISMISS, { input: { postId: reply.post.id } })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_OPEN_FLAGS' });
    expect(await logFor(reply.post.id)).toHaveLength(1);
    // A new flag brings the post back to the queue.
    await ok(established.client, FLAG, { p: reply.post.id });
    expect(await flagged()).toContain(reply.post.id);
  });

  it('post counts and last activity count published posts only: a held or hidden post does not show that it exists', async () => {
    const mine = await w.category({ audience: 'premium' });
    const a = await w.thread(established, mine.id, { title: `Counted A ${rnd()}`, body: 'Opening A.' });
    await sleep(20);
    const b = await w.thread(established, mine.id, { title: `Counted B ${rnd()}`, body: 'Opening B.' });
    const view = async (who: Member) => {
      const threads = (await ok(who.client, Q.category, { slug: mine.slug })).forumCategory.threads.nodes;
      const pick = (id: string) => threads.find((x: any) => x.id === id);
      return { order: threads.map((x: any) => x.id), a: { postCount: pick(a.thread.id).postCount, lastPostAt: pick(a.thread.id).lastPostAt } };
    };
    const before = await view(reader);
    expect(before).toEqual({ order: [b.thread.id, a.thread.id], a: { postCount: 1, lastPostAt: a.thread.lastPostAt } });

    const newbie = await w.member({ premium: true, displayName: 'Newbie Noor' });
    const held = await w.reply(newbie, a.thread.id, 'A first reply, held for review.');
    expect(held.held).toBe(true);
    // Nobody, not even a moderator or the author of the held post, sees it counted or the thread bumped.
    for (const who of [reader, moderator, newbie]) expect(await view(who)).toEqual(before);
    expect((await ok(reader.client, Q.threadOnly, { id: a.thread.id })).forumThread).toMatchObject({ postCount: 1, lastPostAt: a.thread.lastPostAt });

    await w.moderate(moderator, held.post.id, 'APPROVE');
    const approved = await view(reader);
    expect(approved.a).toEqual({ postCount: 2, lastPostAt: held.post.createdAt });
    expect(approved.order).toEqual([a.thread.id, b.thread.id]);

    await w.moderate(moderator, held.post.id, 'HIDE', 'Off-topic');
    expect((await view(reader)).a).toEqual(before.a);
    // Post numbers keep counting every post; a read mark cannot run past the last one.
    const next = await w.reply(established, a.thread.id, 'Another reply.');
    expect(next.post.seq).toBe(3);
    expect(next.thread.postCount).toBe(2);
    const read = await ok(reader.client, `mutation($t: ID!) { markForumThreadRead(threadId: $t, seq: 99) { lastReadSeq } }`, { t: a.thread.id });
    expect(read.markForumThreadRead.lastReadSeq).toBe(3);
  });

  describe('an author’s edit of a published post that needs review', () => {
    const EDIT = `mutation($input: EditForumPostInput!) { editForumPost(input: $input) { id bodyMd status heldReason pendingEdit { bodyMd bodyHtml heldReason phiFindings { kind } createdAt } } }`;
    const VIEW = `query($id: ID!) { forumThread(id: $id) { posts { nodes { id bodyMd editedAt pendingEdit { bodyMd } } } } }`;
    const QUEUE = `{ moderationQueue { id bodyMd status pendingEdit { bodyMd heldReason } } }`;
    const seen = async (who: Member, threadId: string, postId: string) =>
      (await ok(who.client, VIEW, { id: threadId })).forumThread.posts.nodes.find((p: { id: string }) => p.id === postId);

    it('in a pre-moderated category waits for a moderator; readers keep the approved text until it is approved', async () => {
      const started = await w.thread(established, premod.id, { title: `Edited later ${rnd()}`, body: 'Approved words.' });
      await w.moderate(moderator, started.post.id, 'APPROVE');
      const live = await w.connect(reader.cookie);
      expect(await live.join(started.thread.id)).toMatchObject({ ok: true });

      const edited = (await ok(established.client, EDIT, { input: { postId: started.post.id, body: `Unreviewed words ${rnd()}zq.` } })).editForumPost;
      expect(edited).toMatchObject({ bodyMd: 'Approved words.', status: 'VISIBLE', heldReason: null, pendingEdit: { bodyMd: expect.stringMatching(/^Unreviewed words/), heldReason: expect.stringMatching(/edit waits for a moderator/) } });
      const waiting = edited.pendingEdit.bodyMd;
      // Readers: the approved text, no trace of the edit, nothing live, nothing to find.
      expect(await seen(reader, started.thread.id, started.post.id)).toEqual({ id: started.post.id, bodyMd: 'Approved words.', editedAt: null, pendingEdit: null });
      const search = await ok(reader.client, `query($q: String!) { forumSearch(query: $q) { postId } }`, { q: waiting.split(' ')[2] });
      expect(search.forumSearch).toEqual([]);
      // The moderator sees it in the queue, with the edit.
      const queued = (await ok(moderator.client, QUEUE)).moderationQueue.find((p: { id: string }) => p.id === started.post.id);
      expect(queued).toMatchObject({ bodyMd: 'Approved words.', status: 'VISIBLE', pendingEdit: { bodyMd: waiting } });

      // Rejecting needs a reason; the published text stays, the edit is gone, logged.
      expect((await fail(moderator.client, Q.moderate, { input: { postId: started.post.id, decision: 'REJECT_EDIT' } })).extensions?.reason).toBe('REASON_REQUIRED');
      await ok(moderator.client, Q.moderate, { input: { postId: started.post.id, decision: 'REJECT_EDIT', reason: 'Names a clinic' } });
      expect((await seen(established, started.thread.id, started.post.id)).pendingEdit).toBeNull();
      expect((await ok(moderator.client, QUEUE)).moderationQueue.map((p: { id: string }) => p.id)).not.toContain(started.post.id);
      expect((await fail(moderator.client, Q.moderate, { input: { postId: started.post.id, decision: 'REJECT_EDIT', reason: 'again' } })).extensions?.reason).toBe('INVALID_TRANSITION');
      expect((await fail(moderator.client, Q.moderate, { input: { postId: started.post.id, decision: 'APPROVE' } })).extensions?.reason).toBe('INVALID_TRANSITION');

      // A second edit, approved: readers see it (live too), the approved text goes to the history.
      await ok(established.client, EDIT, { input: { postId: started.post.id, body: 'Reviewed words.' } });
      await sleep(150);
      expect(live.of('forum:post-updated')).toEqual([]);
      await ok(moderator.client, Q.moderate, { input: { postId: started.post.id, decision: 'APPROVE' } });
      const update = await live.waitFor('forum:post-updated', (p) => p.post.id === started.post.id);
      expect(update.post).toMatchObject({ bodyMd: 'Reviewed words.', status: 'VISIBLE' });
      expect(await seen(reader, started.thread.id, started.post.id)).toMatchObject({ bodyMd: 'Reviewed words.', editedAt: expect.any(String), pendingEdit: null });
      expect((await ok(established.client, `query($p: ID!) { forumPostHistory(postId: $p) { bodyMd } }`, { p: started.post.id })).forumPostHistory).toEqual([{ bodyMd: 'Approved words.' }]);
      expect((await logFor(started.post.id)).map((a: { action: string }) => a.action).sort()).toEqual(['approve', 'approve_edit', 'reject_edit']);
    });

    it('with a likely patient identifier waits for a moderator too, while the published text stays up', async () => {
      const started = await w.thread(established, board.id, { title: `Clean first ${rnd()}`, body: 'A clean question.' });
      const edited = (await ok(established.client, EDIT, { input: { postId: started.post.id, body: 'My patient Jane Roe (DOB 03/14/1961) asked.' } })).editForumPost;
      expect(edited).toMatchObject({ bodyMd: 'A clean question.', status: 'VISIBLE', pendingEdit: { heldReason: expect.stringMatching(/patient identifier/), phiFindings: expect.arrayContaining([{ kind: expect.any(String) }]) } });
      expect(await seen(reader, started.thread.id, started.post.id)).toMatchObject({ bodyMd: 'A clean question.', pendingEdit: null });
      expect(JSON.stringify(await ok(reader.client, Q.thread, { id: started.thread.id }))).not.toContain('Jane Roe');
      // A clean edit by the author replaces the one waiting; hiding the post drops any edit left.
      await ok(established.client, EDIT, { input: { postId: started.post.id, body: 'A clean question, reworded.' } });
      expect(await seen(established, started.thread.id, started.post.id)).toMatchObject({ bodyMd: 'A clean question, reworded.', pendingEdit: null });
    });
  });
});
