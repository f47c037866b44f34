import type { Role } from '../accounts/roles';
import { canSeeAudience, hasRole, isModerator, isPremium, isSignedIn, isStaff } from './viewer.rule';
import { ANONYMOUS_VIEWER, type Audience, type Viewer } from './viewer.types';

const viewer = (roles: Role[], tier: 'guest' | 'premium' = 'guest', userId: string | null = 'u1'): Viewer => ({
  userId,
  roles,
  tier,
  emailVerified: true,
});

const anonymous = ANONYMOUS_VIEWER;
const guest = viewer(['member']);
const premium = viewer(['member'], 'premium');
const expert = viewer(['expert']);
const moderator = viewer(['moderator'], 'premium');
const staff = viewer(['staff'], 'premium');
const staffOnGuestTier = viewer(['staff']); // staff see everything whatever the tier says
// Malformed: claims roles and tier without a session; must gain nothing.
const forgedAnonymous = viewer(['staff', 'moderator'], 'premium', null);

describe('viewer predicates', () => {
  it.each<[string, Viewer, boolean, boolean, boolean, boolean]>([
    // name, viewer, isSignedIn, isStaff, isModerator, isPremium
    ['anonymous', anonymous, false, false, false, false],
    ['guest', guest, true, false, false, false],
    ['premium', premium, true, false, false, true],
    ['expert (guest tier)', expert, true, false, false, false],
    ['moderator', moderator, true, false, true, true],
    ['staff', staff, true, true, true, true],
    ['staff on guest tier', staffOnGuestTier, true, true, true, false],
    ['forged anonymous', forgedAnonymous, false, false, false, false],
    ['empty user id', viewer(['staff'], 'premium', ''), false, false, false, false],
  ])('%s', (_name, v, signedIn, staffFlag, moderatorFlag, premiumFlag) => {
    expect(isSignedIn(v)).toBe(signedIn);
    expect(isStaff(v)).toBe(staffFlag);
    expect(isModerator(v)).toBe(moderatorFlag);
    expect(isPremium(v)).toBe(premiumFlag);
  });

  it.each<[string, Viewer, Role, boolean]>([
    ['expert has expert', expert, 'expert', true],
    ['expert lacks staff', expert, 'staff', false],
    ['guest has member', guest, 'member', true],
    ['anonymous has nothing', anonymous, 'member', false],
    ['forged anonymous has nothing', forgedAnonymous, 'staff', false],
  ])('hasRole: %s', (_name, v, role, expected) => {
    expect(hasRole(v, role)).toBe(expected);
  });
});

describe('canSeeAudience', () => {
  it.each<[string, Viewer, Audience, boolean]>([
    ['anonymous → public', anonymous, 'public', true],
    ['anonymous → guest', anonymous, 'guest', false],
    ['anonymous → premium', anonymous, 'premium', false],
    ['guest → public', guest, 'public', true],
    ['guest → guest', guest, 'guest', true],
    ['guest → premium', guest, 'premium', false],
    ['expert on guest tier → premium', expert, 'premium', false],
    ['premium → guest', premium, 'guest', true],
    ['premium → premium', premium, 'premium', true],
    ['moderator → premium', moderator, 'premium', true],
    ['staff → premium', staff, 'premium', true],
    ['staff on guest tier → premium', staffOnGuestTier, 'premium', true],
    ['forged anonymous → guest', forgedAnonymous, 'guest', false],
    ['forged anonymous → premium', forgedAnonymous, 'premium', false],
    ['unknown audience fails closed', premium, 'secret' as Audience, false],
  ])('%s', (_name, v, audience, expected) => {
    expect(canSeeAudience(v, audience)).toBe(expected);
  });

  it('ANONYMOUS_VIEWER cannot be modified', () => {
    expect(Object.isFrozen(ANONYMOUS_VIEWER)).toBe(true);
  });
});
