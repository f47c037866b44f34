import { mentionMarkdown } from '@confer/libs/notifications';
import { TestDb } from '../../utils/fixtures';
import { Category, closeForum, ForumWorld, Member, ok, rnd } from '../../utils/forum-fixtures';
import { bootNotifications, NotificationWorld, NQ } from '../../utils/notification-fixtures';
import type { TestApp } from '../../utils/test-app';

/** Who hears about a new post, in the app and by email, by watch level; mentions and replies. */

describe('notifications by watch level', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let n: NotificationWorld;
  let board: Category;

  const premium = (name: string) => w.premiumMember(name);

  beforeAll(async () => {
    // Emails are checked when the test says so (NotificationEmailService.sendDue), not by the timer.
    ({ t, db, w, n } = await bootNotifications({ NOTIFY_EMAIL_DELAY_SECONDS: '3600' }));
    board = await w.category({ audience: 'premium', allowAnonymous: true });
  });
  afterAll(() => closeForum({ t, db, w }));

  it('the thread’s author watches it and hears about a reply in the app and by email; nobody hears about their own post', async () => {
    const author = await premium('Asker');
    const replier = await premium('Replier');
    const started = await n.thread(author, board.id, `Buy-in for Instagram ${rnd()}`, 'How did you get legal to agree?');
    expect(await n.list(author)).toEqual([]);

    const reply = await n.reply(replier, started.thread.id, 'We wrote a one-page policy first.');
    expect(await n.sendEmails(reply)).toBe(1);

    const [item] = await n.list(author);
    expect(item).toMatchObject({ kind: 'REPLY', threadId: started.thread.id, postId: reply.post.id, postSeq: 2, threadTitle: started.thread.title, actorName: replier.displayName, excerpt: 'We wrote a one-page policy first.', readAt: null });
    expect(await n.count(author)).toBe(1);
    expect(await n.list(replier)).toEqual([]);
    expect(await n.count(replier)).toBe(0);

    await n.outboxDrained();
    expect(await n.mails(author)).toHaveLength(1);
    expect(await n.mails(replier)).toHaveLength(0);

    // The defaults: starting a thread watches it, replying tracks it, everyone else is "normal".
    const outsider = await premium('Reader');
    expect((await ok(author.client, NQ.watch, { threadId: started.thread.id })).forumWatch).toMatchObject({ level: 'WATCHING', source: 'THREAD' });
    expect((await ok(replier.client, NQ.watch, { threadId: started.thread.id })).forumWatch).toMatchObject({ level: 'TRACKING', source: 'THREAD' });
    expect((await ok(outsider.client, NQ.watch, { threadId: started.thread.id })).forumWatch).toMatchObject({ level: 'NORMAL', source: 'DEFAULT' });
  });

  it('watching, tracking, normal and muted — on the thread or inherited from the category — decide who hears and how', async () => {
    const category = await w.category({ audience: 'premium' });
    const author = await premium('Starter');
    const people: Member[] = [];
    for (const name of ['Watching', 'Tracking', 'Normal', 'Muted', 'CatWatch', 'CatWatchMuted', 'CatTrack', 'Poster']) people.push(await premium(name));
    const [watching, tracking, normal, muted, categoryWatcher, categoryWatcherMutedHere, categoryTracker, poster] = people;
    const started = await n.thread(author, category.id, `Levels ${rnd()}`, 'Opening.');
    const threadId = started.thread.id;
    await n.setWatch(watching, { threadId }, 'WATCHING');
    await n.setWatch(tracking, { threadId }, 'TRACKING');
    expect(await n.setWatch(normal, { threadId }, 'NORMAL')).toEqual({ threadId, categoryId: null, level: 'NORMAL', source: 'THREAD' });
    await n.setWatch(muted, { threadId }, 'MUTED');
    expect(await n.setWatch(categoryWatcher, { categoryId: category.id }, 'WATCHING')).toEqual({ threadId: null, categoryId: category.id, level: 'WATCHING', source: 'CATEGORY' });
    await n.setWatch(categoryWatcherMutedHere, { categoryId: category.id }, 'WATCHING');
    await n.setWatch(categoryWatcherMutedHere, { threadId }, 'MUTED');
    await n.setWatch(categoryTracker, { categoryId: category.id }, 'TRACKING');
    expect((await ok(categoryWatcher.client, NQ.watch, { threadId })).forumWatch).toEqual({ threadId, categoryId: null, level: 'WATCHING', source: 'CATEGORY' });

    const reply = await n.reply(poster, threadId, 'A new post for everyone following.');
    await n.sendEmails(reply);
    await n.outboxDrained();

    const expected: [Member, string | null, string][] = [
      // member, in-app kind, email state
      [author, 'REPLY', 'sent'],
      [watching, 'WATCHED', 'sent'],
      [tracking, 'WATCHED', 'none'],
      [normal, null, ''],
      [muted, null, ''],
      [categoryWatcher, 'WATCHED', 'sent'],
      [categoryWatcherMutedHere, null, ''],
      [categoryTracker, 'WATCHED', 'none'],
      [poster, null, ''],
    ];
    for (const [member, kind, email] of expected) {
      const items = await n.list(member);
      const rows = await n.rows(member, reply.post.id);
      const mails = await n.mails(member);
      expect({ who: member.displayName, kinds: items.map((i) => i.kind), email: rows[0]?.email ?? '', mails: mails.length }).toEqual({
        who: member.displayName,
        kinds: kind ? [kind] : [],
        email,
        mails: email === 'sent' ? 1 : 0,
      });
    }
    // A category watcher's email unsubscribes from the category; a thread watcher's from the thread.
    const [categoryMail] = await n.mails(categoryWatcher);
    expect(categoryMail.text).toContain('Stop emails about this category');
    const [threadMail] = await n.mails(watching);
    expect(threadMail.text).toContain('Stop emails about this thread');
  });

  it('a mention reaches a member at the default level; a muted member, one who cannot read the thread and the writer themselves are not told', async () => {
    const author = await premium('Host');
    const writer = await premium('Writer');
    const named = await premium('Named');
    const mutedOne = await premium('Quiet');
    const guest = await w.member({ displayName: `Guest ${rnd()}` });
    const started = await n.thread(author, board.id, `Mentions ${rnd()}`, 'Opening.');
    await n.setWatch(mutedOne, { threadId: started.thread.id }, 'MUTED');

    const body = [named, mutedOne, guest, writer].map((m) => mentionMarkdown(m.displayName, m.id)).join(' ') + ' what do you think?';
    const reply = await n.reply(writer, started.thread.id, body);
    await n.sendEmails(reply);

    expect((await n.list(named)).map((i) => [i.kind, i.excerpt])).toEqual([['MENTION', `@${named.displayName} @${mutedOne.displayName} @${guest.displayName} @${writer.displayName} what do you think?`]]);
    expect(await n.rows(named, reply.post.id)).toEqual([expect.objectContaining({ kind: 'mention', email: 'sent' })]);
    for (const member of [mutedOne, guest, writer]) expect(await n.rows(member, reply.post.id)).toEqual([]);
    // The thread's author is replied to (nothing quoted) and watches it.
    expect((await n.list(author)).map((i) => i.kind)).toEqual(['REPLY']);

    // Who can be mentioned here: named participants only, never the asker themselves.
    const candidates = (await ok(writer.client, NQ.mentionCandidates, { threadId: started.thread.id, search: '' })).forumMentionCandidates;
    expect(candidates.map((c: any) => c.userId).sort()).toEqual([author.id].sort());
    expect(candidates[0].markdown).toBe(mentionMarkdown(author.displayName, author.id));
  });

  it('quoting a post replies to its author; an anonymous quoted author is told without anyone learning who they are', async () => {
    const author = await premium('Origin');
    const first = await premium('First');
    const quoter = await premium('Quoter');
    const started = await n.thread(author, board.id, `Quotes ${rnd()}`, 'Opening.');
    const anonymousReply = await n.reply(first, started.thread.id, 'Said anonymously.', { anonymous: true });
    const quoting = await n.reply(quoter, started.thread.id, '> Said anonymously.\n\nAgreed.', { quotedPostId: anonymousReply.post.id });
    await n.sendEmails(quoting);

    // The quoted member tracks the thread (they replied): a reply to them stays in the app.
    expect(await n.rows(first, quoting.post.id)).toEqual([expect.objectContaining({ kind: 'reply', email: 'none' })]);
    // The starter watches: a post that answers someone else is still a new post for them.
    expect(await n.rows(author, quoting.post.id)).toEqual([expect.objectContaining({ kind: 'watched', email: 'sent' })]);
    // The starter's notification about the anonymous reply shows the pseudonym only.
    const aboutAnonymous = (await n.list(author)).find((i) => i.postId === anonymousReply.post.id);
    expect(aboutAnonymous.actorName).toBe('Member A');
    expect(JSON.stringify(await n.list(author))).not.toContain(first.displayName);
  });

  it('a busy thread sends one email until the member reads it, then emails again', async () => {
    const author = await premium('Busy');
    const replier = await premium('Chatty');
    const started = await n.thread(author, board.id, `Busy ${rnd()}`, 'Opening.');
    const r1 = await n.reply(replier, started.thread.id, 'One.');
    const r2 = await n.reply(replier, started.thread.id, 'Two.');
    expect(await n.sendEmails(r1)).toBe(1);
    expect(await n.sendEmails(r2)).toBe(0);
    expect((await n.rows(author, r2.post.id))[0].email).toBe('skipped');
    expect(await n.count(author)).toBe(2);

    expect(await n.markThreadRead(author, started.thread.id, 3)).toEqual({ threadId: started.thread.id, lastReadSeq: 3, unreadNotificationCount: 0 });
    const r3 = await n.reply(replier, started.thread.id, 'Three.');
    expect(await n.sendEmails(r3)).toBe(1);
    await n.outboxDrained();
    expect(await n.mails(author)).toHaveLength(2);
  });

  it('nobody is emailed about a post they have already read', async () => {
    const author = await premium('Reader');
    const replier = await premium('Fast');
    const started = await n.thread(author, board.id, `Read ${rnd()}`, 'Opening.');

    // Read while the email waited (say, live on the thread page): no email, and the bell clears.
    const seen = await n.reply(replier, started.thread.id, 'Seen live.');
    expect(await n.count(author)).toBe(1);
    await n.markThreadRead(author, started.thread.id, seen.post.seq);
    expect(await n.sendEmails(seen)).toBe(0);
    expect((await n.rows(author, seen.post.id))[0]).toMatchObject({ email: 'skipped', read_at: expect.any(Date) });

    // Read before the notification was even written: it is stored as read, with no email due.
    const next = await w.reply(replier, started.thread.id, 'Also seen live.');
    await n.markThreadRead(author, started.thread.id, next.post.seq);
    await n.publish(next);
    expect((await n.rows(author, next.post.id))[0]).toMatchObject({ read_at: expect.any(Date) });
    expect(await n.sendEmails(next)).toBe(0);
    expect(['none', 'skipped']).toContain((await n.rows(author, next.post.id))[0].email);
    expect(await n.count(author)).toBe(0);
    await n.outboxDrained();
    expect(await n.mails(author)).toHaveLength(0);
  });

  it('publishing the same post again notifies nobody twice; held posts notify nobody until approved', async () => {
    const author = await premium('Twice');
    const replier = await premium('Again');
    const started = await n.thread(author, board.id, `Twice ${rnd()}`, 'Opening.');
    const reply = await n.reply(replier, started.thread.id, 'Once.');
    expect(await n.publish(reply)).toEqual([]);
    await Promise.all([n.publish(reply), n.publish(reply)]);
    expect(await n.rows(author, reply.post.id)).toHaveLength(1);

    const newcomer = await w.member({ premium: true, displayName: `Newcomer ${rnd()}` });
    const held = await w.reply(newcomer, started.thread.id, 'My first post waits for a moderator.');
    expect(held.held).toBe(true);
    expect(await n.publish(held)).toEqual([]);
    expect(await n.rows(author, held.post.id)).toEqual([]);
  });
});
