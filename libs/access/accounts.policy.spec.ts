import type { Role } from '../accounts/roles';
import { accountsPolicy } from './accounts.policy';
import { ANONYMOUS_VIEWER, type Viewer } from './viewer.types';

const viewer = (userId: string | null, roles: Role[] = ['member'], tier: 'guest' | 'premium' = 'guest'): Viewer => ({
  userId,
  roles,
  tier,
  emailVerified: true,
});

const owner = viewer('alice');
const other = viewer('bob', ['member'], 'premium');
const moderator = viewer('mod', ['moderator'], 'premium');
const expert = viewer('exp', ['expert']);
const staff = viewer('ops', ['staff'], 'premium');
const anonymous = ANONYMOUS_VIEWER;

describe('accountsPolicy', () => {
  it.each<[string, Viewer, string, boolean]>([
    ['owner', owner, 'alice', true],
    ['another member', other, 'alice', false],
    ['moderator', moderator, 'alice', false],
    ['expert', expert, 'alice', false],
    ['staff', staff, 'alice', true],
    ['anonymous', anonymous, 'alice', false],
    ['anonymous vs empty id', anonymous, '', false],
  ])('canViewPrivateAccount and canEditProfile: %s', (_name, v, accountUserId, expected) => {
    expect(accountsPolicy.canViewPrivateAccount(v, accountUserId)).toBe(expected);
    expect(accountsPolicy.canEditProfile(v, accountUserId)).toBe(expected);
  });

  it.each<[string, Viewer, boolean]>([
    ['anonymous', anonymous, false],
    ['member', owner, false],
    ['premium member', other, false],
    ['expert', expert, false],
    ['moderator', moderator, false],
    ['staff', staff, true],
  ])('canManageUsers and canManageOrganizations: %s', (_name, v, expected) => {
    expect(accountsPolicy.canManageUsers(v)).toBe(expected);
    expect(accountsPolicy.canManageOrganizations(v)).toBe(expected);
  });

  it.each<[string, Viewer, string[], boolean]>([
    ['org admin', owner, ['alice', 'carol'], true],
    ['not an admin of this org', other, ['alice', 'carol'], false],
    ['moderator who is not an admin', moderator, ['alice'], false],
    ['staff', staff, [], true],
    ['anonymous', anonymous, ['alice'], false],
    ['org with no admins', owner, [], false],
  ])('canAdministerOrganization: %s', (_name, v, adminIds, expected) => {
    expect(accountsPolicy.canAdministerOrganization(v, adminIds)).toBe(expected);
  });
});
