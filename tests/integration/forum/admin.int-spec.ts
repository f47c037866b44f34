import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, Member, ok, rnd, uniqueSlug } from '../../utils/forum-fixtures';
import { startTestApp, TestApp } from '../../utils/test-app';

/** Staff shape categories and groups; moderators move threads, warn and suspend members. */
describe('board administration', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let staff: Member;
  let moderator: Member;
  let member: Member;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sam' });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Mod Max' });
    member = await w.member({ premium: true, established: true, displayName: 'Member Mia' });
  });
  afterAll(async () => {
    w?.disconnectAll();
    await db?.close();
    await t?.close();
  });

  const CREATE = `mutation($i: ForumCategoryInput!) { createForumCategory(input: $i) { id slug audience allowAnonymous requirePremoderation } }`;

  it('staff create a group and its private category; others may not; bad shapes are refused with codes and nothing written', async () => {
    const groupSlug = uniqueSlug('grp');
    const group = (await ok(staff.client, `mutation($i: ForumGroupInput!) { createForumGroup(input: $i) { id slug } }`, { i: { slug: groupSlug, name: 'Residents' } })).createForumGroup;
    const slug = uniqueSlug('cat');
    const cat = (await ok(staff.client, CREATE, { i: { slug, name: 'Residents only', audience: 'GROUP', groupId: group.id, requirePremoderation: true } })).createForumCategory;
    expect(cat).toMatchObject({ slug, audience: 'GROUP', requirePremoderation: true, allowAnonymous: false });

    const before = await db.snapshot();
    expect((await fail(member.client, CREATE, { i: { slug: uniqueSlug('x'), name: 'Nope', audience: 'PREMIUM' } })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(staff.client, CREATE, { i: { slug, name: 'Twice', audience: 'PREMIUM' } })).extensions?.reason).toBe('SLUG_TAKEN');
    expect((await fail(staff.client, CREATE, { i: { slug: 'Bad Slug!', name: 'x', audience: 'PREMIUM' } })).extensions?.reason).toBe('INVALID_SLUG');
    expect((await fail(staff.client, CREATE, { i: { slug: uniqueSlug('y'), name: 'x', audience: 'GROUP' } })).extensions?.reason).toBe('INVALID_CATEGORY');
    expect((await fail(staff.client, CREATE, { i: { slug: uniqueSlug('z'), name: 'x', audience: 'PREMIUM', groupId: group.id } })).extensions?.reason).toBe('INVALID_CATEGORY');
    expect(await db.snapshot()).toEqual(before);

    const updated = await ok(staff.client, `mutation($i: UpdateForumCategoryInput!) { updateForumCategory(input: $i) { allowAnonymous requirePremoderation } }`, {
      i: { id: cat.id, allowAnonymous: true, requirePremoderation: false },
    });
    expect(updated.updateForumCategory).toEqual({ allowAnonymous: true, requirePremoderation: false });
  });

  it('moderators move a thread out of a category its readers may no longer see, with a logged reason', async () => {
    const open = await w.category({ audience: 'premium' });
    const restricted = await w.category({ audience: 'group', groupId: (await w.group()).id });
    const started = await w.thread(member, open.id, { title: `Move me ${rnd()}`, body: 'Belongs elsewhere' });
    const MOVE = `mutation($t: ID!, $c: ID!, $r: String!) { moveForumThread(threadId: $t, categoryId: $c, reason: $r) { ok } }`;
    expect((await fail(member.client, MOVE, { t: started.thread.id, c: restricted.id, r: 'x' })).extensions?.reason).toBe('NOT_MODERATOR');
    expect((await fail(moderator.client, MOVE, { t: started.thread.id, c: restricted.id, r: ' ' })).extensions?.reason).toBe('REASON_REQUIRED');
    await ok(moderator.client, MOVE, { t: started.thread.id, c: restricted.id, r: 'Fellows only' });
    expect((await fail(member.client, `query($id: ID!) { forumThread(id: $id) { id } }`, { id: started.thread.id })).extensions?.code).toBe('NOT_FOUND');
    const log = await ok(moderator.client, `{ moderationLog { action reason actorName } }`);
    expect(log.moderationLog).toContainEqual({ action: 'move', reason: `Fellows only (to ${restricted.slug})`, actorName: 'Mod Max' });
  });

  it('a warning reaches the member by email; a suspension stops posting and reacting but not reading, until lifted', async () => {
    const cat = await w.category({ audience: 'premium' });
    const started = await w.thread(member, cat.id, { title: `Suspension ${rnd()}`, body: 'Before' });
    await ok(moderator.client, `mutation($u: ID!) { warnForumMember(userId: $u, reason: "Please keep replies professional.") { ok } }`, { u: member.id });
    const [warning] = await t.mailbox.waitFor(member.email, { subject: /note from the Confer moderators/ });
    expect(warning.text).toContain('Please keep replies professional.');

    const SUSPEND = `mutation($u: ID!, $until: DateTime, $r: String!) { suspendForumMember(userId: $u, until: $until, reason: $r) { ok } }`;
    expect((await fail(moderator.client, SUSPEND, { u: member.id, until: new Date(Date.now() - 1000).toISOString(), r: 'x' })).extensions?.reason).toBe('INVALID_UNTIL');
    await ok(moderator.client, SUSPEND, { u: member.id, until: new Date(Date.now() + 86400_000).toISOString(), r: 'Cooling off' });
    const blocked = await fail(member.client, `mutation($t: ID!) { createForumPost(input: { threadId: $t, body: "during" }) { held } }`, { t: started.thread.id });
    expect(blocked.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUSPENDED' });
    expect((await ok(member.client, `query($id: ID!) { forumThread(id: $id) { id } }`, { id: started.thread.id })).forumThread.id).toBe(started.thread.id);
    await t.mailbox.waitFor(member.email, { subject: /posting on Confer is paused/ });

    await ok(moderator.client, SUSPEND, { u: member.id, until: null, r: 'Served' });
    const after = await ok(member.client, `mutation($t: ID!) { createForumPost(input: { threadId: $t, body: "after" }) { held } }`, { t: started.thread.id });
    expect(after.createForumPost.held).toBe(false);
    const actions = (await ok(moderator.client, `{ moderationLog { action } }`)).moderationLog.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['warn', 'suspend', 'unsuspend']));
  });
});
