import { TestDb } from '../../utils/fixtures';
import { bootForum, closeForum, ForumWorld, Member, ok, rnd, sleep } from '../../utils/forum-fixtures';
import type { TestApp } from '../../utils/test-app';

/** Category lists update live: watchers of readable categories hear which thread moved, and nothing else. */
describe('live category activity', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let premiumMember: Member;
  let guest: Member;
  let staff: Member;

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());
    premiumMember = await w.member({ premium: true, established: true, displayName: 'Watcher Wes' });
    guest = await w.member({ premium: false, displayName: 'Guest Gil' });
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sol' });
  });
  afterAll(() => closeForum({ t, db, w }));

  it('tells premium watchers about new threads and replies in premium categories, never guests, and carries no content', async () => {
    const premium = await w.category({ audience: 'premium' });
    const pub = await w.category({ audience: 'public' });
    const memberLive = await w.connect(premiumMember.cookie);
    const guestLive = await w.connect(guest.cookie);
    const mine = await memberLive.emit('forum:watch-categories', {});
    const theirs = await guestLive.emit('forum:watch-categories', {});
    expect(mine.categoryIds).toEqual(expect.arrayContaining([premium.id, pub.id]));
    expect(theirs.categoryIds).toContain(pub.id);
    expect(theirs.categoryIds).not.toContain(premium.id);

    const title = `Secret budget ${rnd()}`;
    const started = await w.thread(staff, premium.id, { title, body: 'confidential body text' });
    await memberLive.waitFor('forum:category-activity', (p) => p.threadId === started.thread.id);
    await w.reply(premiumMember, started.thread.id, 'a reply');
    const events = memberLive.of('forum:category-activity').filter((p) => p.threadId === started.thread.id);
    await memberLive.waitFor('forum:category-activity', () => memberLive.of('forum:category-activity').filter((p) => p.threadId === started.thread.id).length >= 2);
    expect(events[0]).toEqual({ categoryId: premium.id, threadId: started.thread.id });
    await sleep(300);
    expect(guestLive.raw()).not.toContain(started.thread.id);
    expect(memberLive.raw()).not.toContain(title);
    expect(memberLive.raw()).not.toContain('confidential body text');

    // A public thread reaches the guest's list too.
    const open = await w.thread(staff, pub.id, { title: `Open ${rnd()}`, body: 'sample' });
    await guestLive.waitFor('forum:category-activity', (p) => p.threadId === open.thread.id);
    const counts = await ok(premiumMember.client, `{ forumCategories { id unreadThreads } }`);
    expect(counts.forumCategories.find((c: { id: string }) => c.id === premium.id).unreadThreads).toBe(1);
  });

  it('stops premium category activity when premium membership is revoked', async () => {
    const premium = await w.category({ audience: 'premium' });
    const lapsing = await w.member({ premium: true, established: true, displayName: 'Lapsing Lou' });
    const live = await w.connect(lapsing.cookie);
    await live.emit('forum:watch-categories', {});
    await ok(staff.client, `mutation($id: ID!) { revokePremiumGrant(id: $id) { ok } }`, { id: lapsing.grantId });
    const started = await w.thread(staff, premium.id, { title: `After lapse ${rnd()}`, body: 'x' });
    await sleep(400);
    expect(live.raw()).not.toContain(started.thread.id);
  });
});
