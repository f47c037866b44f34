import type { Role } from '../accounts/roles';
import { ForumCategoryRef, ForumContentRef, forumPolicy, ForumViewer } from './forum.policy';

const viewer = (over: Partial<ForumViewer> = {}): ForumViewer => ({
  userId: 'u1',
  roles: ['member'] as Role[],
  tier: 'premium',
  emailVerified: true,
  groupIds: [],
  ...over,
});
const anon: ForumViewer = { userId: null, roles: [], tier: 'guest', emailVerified: false, groupIds: [] };
const guest = viewer({ tier: 'guest' });
const premium = viewer();
const fellow = viewer({ tier: 'guest', groupIds: ['g1'] });
const moderator = viewer({ userId: 'm1', roles: ['member', 'moderator'], tier: 'premium' });
const unverifiedPremium = viewer({ emailVerified: false });
// A forged viewer: roles and tier without a user id count for nothing.
const forged: ForumViewer = { userId: null, roles: ['staff'], tier: 'premium', emailVerified: true, groupIds: ['g1'] };

const publicCat: ForumCategoryRef = { audience: 'public', groupId: null };
const premiumCat: ForumCategoryRef = { audience: 'premium', groupId: null };
const groupCat: ForumCategoryRef = { audience: 'group', groupId: 'g1' };
const otherGroupCat: ForumCategoryRef = { audience: 'group', groupId: 'g2' };

describe('forumPolicy.canReadCategory', () => {
  it.each([
    ['anonymous', anon, publicCat, true],
    ['anonymous', anon, premiumCat, false],
    ['anonymous', anon, groupCat, false],
    ['guest', guest, publicCat, true],
    ['guest', guest, premiumCat, false],
    ['premium', premium, premiumCat, true],
    ['premium outside the group', premium, groupCat, false],
    ['group member (guest tier)', fellow, groupCat, true],
    ['group member, other group', fellow, otherGroupCat, false],
    ['moderator', moderator, otherGroupCat, true],
    ['forged viewer', forged, premiumCat, false],
    ['forged viewer', forged, groupCat, false],
  ])('%s reading %j → %s', (_name, v, c, expected) => {
    expect(forumPolicy.canReadCategory(v, c)).toBe(expected);
  });
});

describe('forumPolicy.canPostInCategory', () => {
  it.each([
    ['anonymous', anon, publicCat, false],
    ['guest in public samples', guest, publicCat, false],
    ['premium in public samples', premium, publicCat, true],
    ['premium on the premium board', premium, premiumCat, true],
    ['premium with an unverified address', unverifiedPremium, premiumCat, false],
    ['group member in the group', fellow, groupCat, true],
    ['premium outside the group', premium, groupCat, false],
    ['moderator anywhere', moderator, otherGroupCat, true],
    ['suspended premium member', viewer({ suspended: true }), premiumCat, false],
  ])('%s → %s', (_name, v, c, expected) => {
    expect(forumPolicy.canPostInCategory(v, c)).toBe(expected);
  });
});

describe('forumPolicy.canSeeContent / canEditContent', () => {
  const mine = (status: ForumContentRef['status']): ForumContentRef => ({ authorId: 'u1', status });
  const theirs = (status: ForumContentRef['status']): ForumContentRef => ({ authorId: 'u2', status });
  it.each([
    ['visible, peer', premium, theirs('visible'), true, false],
    ['visible, own', premium, mine('visible'), true, true],
    ['held, own (to see why)', premium, mine('held'), true, true],
    ['held, peer', premium, theirs('held'), false, false],
    ['hidden, own', premium, mine('hidden'), false, false],
    ['deleted, own', premium, mine('deleted'), false, false],
    ['hidden, moderator', moderator, theirs('hidden'), true, true],
    ['deleted, moderator', moderator, theirs('deleted'), true, true],
    ['visible, anonymous visitor', anon, theirs('visible'), false, false],
  ])('%s → see %s, edit %s', (_name, v, item, see, edit) => {
    expect(forumPolicy.canSeeContent(v, premiumCat, item)).toBe(see);
    expect(forumPolicy.canEditContent(v, premiumCat, item)).toBe(edit);
  });

  it('a member who lost premium can no longer edit their own post on the premium board', () => {
    expect(forumPolicy.canEditContent(viewer({ tier: 'guest' }), premiumCat, mine('visible'))).toBe(false);
  });

  it('a suspended member still reads the premium board', () => {
    expect(forumPolicy.canReadCategory(viewer({ suspended: true }), premiumCat)).toBe(true);
  });

  it('edit history: author and moderators only', () => {
    expect(forumPolicy.canSeeHistory(premium, premiumCat, mine('visible'))).toBe(true);
    expect(forumPolicy.canSeeHistory(premium, premiumCat, theirs('visible'))).toBe(false);
    expect(forumPolicy.canSeeHistory(moderator, premiumCat, theirs('visible'))).toBe(true);
  });
});
