import { TestDb } from '../../utils/fixtures';
import { bootForum, closeForum, fail, ForumWorld, Member, ok, rnd, uniqueSlug } from '../../utils/forum-fixtures';
import type { TestApp } from '../../utils/test-app';

/** Staff shape categories and groups; moderators move threads, warn and suspend members. */
describe('board administration', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let staff: Member;
  let moderator: Member;
  let member: Member;

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sam' });
    moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Mod Max' });
    member = await w.member({ premium: true, established: true, displayName: 'Member Mia' });
  });
  afterAll(() => closeForum({ t, db, w }));

  const CREATE = `mutation($i: ForumCategoryInput!) { createForumCategory(input: $i) { id slug audience allowAnonymous requirePremoderation } }`;

  it('staff create a group and its private category; others may not; bad shapes are refused with codes and nothing written', async () => {
    const groupSlug = uniqueSlug('grp');
    const group = (await ok(staff.client, `mutation($i: ForumGroupInput!) { createForumGroup(input: $i) { id slug } }`, { i: { slug: groupSlug, name: 'Residents' } })).createForumGroup;
    const slug = uniqueSlug('cat');
    const cat = (await ok(staff.client, CREATE, { i: { slug, name: 'Residents only', audience: 'GROUP', groupId: group.id, requirePremoderation: true } })).createForumCategory;
    expect(cat).toMatchObject({ slug, audience: 'GROUP', requirePremoderation: true, allowAnonymous: false });

    const before = await w.snapshot();
    expect((await fail(member.client, CREATE, { i: { slug: uniqueSlug('x'), name: 'Nope', audience: 'PREMIUM' } })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(staff.client, CREATE, { i: { slug, name: 'Twice', audience: 'PREMIUM' } })).extensions?.reason).toBe('SLUG_TAKEN');
    expect((await fail(staff.client, CREATE, { i: { slug: 'Bad Slug!', name: 'x', audience: 'PREMIUM' } })).extensions?.reason).toBe('INVALID_SLUG');
    expect((await fail(staff.client, CREATE, { i: { slug: uniqueSlug('y'), name: 'x', audience: 'GROUP' } })).extensions?.reason).toBe('INVALID_CATEGORY');
    expect((await fail(staff.client, CREATE, { i: { slug: uniqueSlug('z'), name: 'x', audience: 'PREMIUM', groupId: group.id } })).extensions?.reason).toBe('INVALID_CATEGORY');
    expect(await w.snapshot()).toEqual(before);

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

  it('staff list a group’s members by name; additions and removals show at once; nobody else may list them', async () => {
    const group = await w.group();
    const zoe = await w.member({ displayName: `Zoe ${rnd()}` });
    const abe = await w.member({ displayName: `Abe ${rnd()}` });
    const MEMBERS = `query($g: ID!) { forumGroupMembers(groupId: $g) { userId displayName email addedAt } }`;
    const SET = `mutation($g: ID!, $u: ID!, $m: Boolean!) { setForumGroupMember(groupId: $g, userId: $u, member: $m) { ok } }`;
    expect((await ok(staff.client, MEMBERS, { g: group.id })).forumGroupMembers).toEqual([]);
    await ok(staff.client, SET, { g: group.id, u: zoe.id, m: true });
    await ok(staff.client, SET, { g: group.id, u: abe.id, m: true });
    const listed = (await ok(staff.client, MEMBERS, { g: group.id })).forumGroupMembers;
    expect(listed.map((x: any) => [x.userId, x.displayName, x.email])).toEqual([
      [abe.id, abe.displayName, abe.email],
      [zoe.id, zoe.displayName, zoe.email],
    ]);
    expect(Number.isNaN(Date.parse(listed[0].addedAt))).toBe(false);
    await ok(staff.client, SET, { g: group.id, u: zoe.id, m: false });
    expect((await ok(staff.client, MEMBERS, { g: group.id })).forumGroupMembers.map((x: any) => x.userId)).toEqual([abe.id]);

    // Members (even of the group) and moderators may not; a made-up group is not found; a bad id is refused.
    expect((await fail(abe.client, MEMBERS, { g: group.id })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect((await fail(moderator.client, MEMBERS, { g: group.id })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect((await fail(t.client(), MEMBERS, { g: group.id })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await fail(staff.client, MEMBERS, { g: '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42' })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'GROUP_NOT_FOUND' });
    expect((await fail(staff.client, MEMBERS, { g: 'not-an-id' })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
