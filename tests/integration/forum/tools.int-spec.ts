import { TestDb } from '../../utils/fixtures';
import { bootForum, Category, closeForum, fail, ForumWorld, Member, ok, rnd } from '../../utils/forum-fixtures';
import type { TestApp } from '../../utils/test-app';

/** Drafts, flags, the helpful answer, edit history, unread counts, search and robots headers. */
describe('board tools', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let board: Category;
  let secret: Category;
  let author: Member;
  let peer: Member;
  let outsider: Member;
  let moderator: Member;

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());
    board = await w.category({ audience: 'premium', allowAnonymous: true });
    const group = await w.group();
    secret = await w.category({ audience: 'group', groupId: group.id });
    author = await w.member({ premium: true, established: true, displayName: 'Tool Author' });
    peer = await w.member({ premium: true, established: true, displayName: 'Tool Peer' });
    outsider = await w.member({ premium: false, established: false, displayName: 'Tool Guest' });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Tool Moderator' });
    await w.addToGroup(group.id, author.id);
  });
  afterAll(() => closeForum({ t, db, w }));

  it('saves a draft per place, returns it only to its author, and refuses places they cannot read', async () => {
    const scope = `category:${board.id}`;
    await ok(author.client, `mutation($s: String!, $b: String!) { saveForumDraft(scope: $s, body: $b, title: "Draft title") }`, { s: scope, b: 'half a thought' });
    const mine = await ok(author.client, `query($s: String!) { forumDraft(scope: $s) { title body } }`, { s: scope });
    expect(mine.forumDraft).toEqual({ title: 'Draft title', body: 'half a thought' });
    const theirs = await ok(peer.client, `query($s: String!) { forumDraft(scope: $s) { body } }`, { s: scope });
    expect(theirs.forumDraft).toBeNull();
    const e = await fail(outsider.client, `mutation($s: String!) { saveForumDraft(scope: $s, body: "x") }`, { s: `category:${secret.id}` });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    const bad = await fail(author.client, `mutation { saveForumDraft(scope: "users:all", body: "x") }`);
    expect(bad.extensions?.reason).toBe('INVALID_DRAFT_SCOPE');
  });

  it('flags a post once into the moderators’ queue; deciding on the post settles the flag', async () => {
    const started = await w.thread(author, board.id, { title: `Flag me ${rnd()}`, body: 'Opening post' });
    const reply = await w.reply(author, started.thread.id, 'A reply someone finds unprofessional');
    const FLAG = `mutation($p: ID!) { flagForumPost(input: { postId: $p, reason: UNPROFESSIONAL, note: "tone" }) { ok } }`;
    await ok(peer.client, FLAG, { p: reply.post.id });
    expect((await fail(peer.client, FLAG, { p: reply.post.id })).extensions?.reason).toBe('ALREADY_FLAGGED');
    expect((await fail(outsider.client, FLAG, { p: reply.post.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await fail(peer.client, `{ moderationFlags { id } }`)).extensions?.reason).toBe('NOT_MODERATOR');
    const queue = await ok(moderator.client, `{ moderationFlags { reason note post { id } } }`);
    expect(queue.moderationFlags).toContainEqual({ reason: 'UNPROFESSIONAL', note: 'tone', post: { id: reply.post.id } });
    await w.moderate(moderator, reply.post.id, 'HIDE', 'Unprofessional tone');
    const after = await ok(moderator.client, `{ moderationFlags { post { id } } }`);
    expect(after.moderationFlags.map((f: { post: { id: string } }) => f.post.id)).not.toContain(reply.post.id);
  });

  it('lets only the thread’s author mark the reply that helped', async () => {
    const started = await w.thread(author, board.id, { title: `Which helped ${rnd()}`, body: 'Question' });
    const reply = await w.reply(peer, started.thread.id, 'This is the answer');
    const MARK = `mutation($t: ID!, $p: ID) { markForumAnswer(threadId: $t, postId: $p) { answerPostId } }`;
    expect((await fail(peer.client, MARK, { t: started.thread.id, p: reply.post.id })).extensions?.reason).toBe('NOT_THREAD_AUTHOR');
    expect((await ok(author.client, MARK, { t: started.thread.id, p: reply.post.id })).markForumAnswer.answerPostId).toBe(reply.post.id);
    expect((await ok(author.client, MARK, { t: started.thread.id, p: null })).markForumAnswer.answerPostId).toBeNull();
  });

  it('shows edit history to the author and moderators only', async () => {
    const started = await w.thread(author, board.id, { title: `History ${rnd()}`, body: 'First words' });
    await ok(author.client, `mutation($p: ID!) { editForumPost(input: { postId: $p, body: "Second words" }) { id } }`, { p: started.post.id });
    const HISTORY = `query($p: ID!) { forumPostHistory(postId: $p) { bodyMd } }`;
    expect((await ok(author.client, HISTORY, { p: started.post.id })).forumPostHistory).toEqual([{ bodyMd: 'First words' }]);
    expect((await ok(moderator.client, HISTORY, { p: started.post.id })).forumPostHistory).toHaveLength(1);
    expect((await fail(peer.client, HISTORY, { p: started.post.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('counts unread posts by others per thread and unread threads per category', async () => {
    const started = await w.thread(author, board.id, { title: `Unread ${rnd()}`, body: 'Opening' });
    await w.reply(peer, started.thread.id, 'reply one');
    await w.reply(peer, started.thread.id, 'reply two');
    const THREAD = `query($id: ID!) { forumThread(id: $id) { unreadCount lastReadSeq } }`;
    // The author has not read the two replies; their own opening post never counts.
    expect((await ok(author.client, THREAD, { id: started.thread.id })).forumThread).toEqual({ unreadCount: 2, lastReadSeq: 0 });
    await db.query(`insert into forum_read_states (user_id, thread_id, last_read_seq) values ($1, $2, 2)`, [author.id, started.thread.id]);
    expect((await ok(author.client, THREAD, { id: started.thread.id })).forumThread).toEqual({ unreadCount: 1, lastReadSeq: 2 });
    const cats = await ok(author.client, `{ forumCategories { id unreadThreads } }`);
    expect(cats.forumCategories.find((c: { id: string }) => c.id === board.id).unreadThreads).toBeGreaterThanOrEqual(1);
    expect((await ok(w.visitor(), `{ forumCategories { unreadThreads } }`)).forumCategories.every((c: { unreadThreads: number }) => c.unreadThreads === 0)).toBe(true);
  });

  it('searches only what the searcher may read, never by an anonymous author’s name', async () => {
    const word = `zebrafish${rnd()}`;
    await w.thread(author, secret.id, { title: `Group only ${word}`, body: `secret ${word} plan` });
    const anon = await w.thread(author, board.id, { title: `Anonymous ${rnd()}`, body: `public ${word} question`, anonymous: true });
    const SEARCH = `query($q: String!) { forumSearch(query: $q) { thread { id title author { displayName } } snippet } }`;
    const forAuthor = await ok(author.client, SEARCH, { q: word });
    expect(forAuthor.forumSearch).toHaveLength(2);
    const forPeer = await ok(peer.client, SEARCH, { q: word });
    expect(forPeer.forumSearch.map((r: { thread: { id: string } }) => r.thread.id)).toEqual([anon.thread.id]);
    expect(forPeer.forumSearch[0].snippet).toContain(`[[${word}]]`);
    expect(JSON.stringify(forPeer)).not.toContain('Tool Author');
    expect((await ok(peer.client, SEARCH, { q: 'Tool Author' })).forumSearch.map((r: { thread: { id: string } }) => r.thread.id)).not.toContain(anon.thread.id);
    expect((await ok(w.visitor(), SEARCH, { q: word })).forumSearch).toEqual([]);
    expect((await fail(peer.client, SEARCH, { q: 'x' })).extensions?.reason).toBe('INVALID_SEARCH');
  });

  it('tells crawlers not to index API answers and members’ pages', async () => {
    const api = await author.client.agent.post('/graphql').set('content-type', 'application/json').set('apollo-require-preflight', '1').send({ query: '{ forumCategories { id } }' });
    expect(api.headers['x-robots-tag']).toMatch(/noindex/);
    const page = await author.client.agent.get('/board/t/anything');
    expect(page.headers['x-robots-tag']).toMatch(/noindex/);
    const home = await author.client.agent.get('/');
    expect(home.headers['x-robots-tag']).toBeUndefined();
  });
});
