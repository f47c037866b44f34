import { isSignedIn, isStaff } from './viewer.rule';
import type { Viewer } from './viewer.types';

function isSelf(viewer: Viewer, userId: string): boolean {
  return isSignedIn(viewer) && userId.length > 0 && viewer.userId === userId;
}

/** Access decisions for accounts, memberships and organizations. */
export const accountsPolicy = {
  /** Email, membership details, sessions: the owner or staff. */
  canViewPrivateAccount(viewer: Viewer, accountUserId: string): boolean {
    return isSelf(viewer, accountUserId) || isStaff(viewer);
  },

  canEditProfile(viewer: Viewer, accountUserId: string): boolean {
    return isSelf(viewer, accountUserId) || isStaff(viewer);
  },

  /** Roles, credential verification, premium grants, overrides. */
  canManageUsers(viewer: Viewer): boolean {
    return isStaff(viewer);
  },

  /** Create organizations, approve domains, set the organization membership window. */
  canManageOrganizations(viewer: Viewer): boolean {
    return isStaff(viewer);
  },

  /** See covered members and propose domains: staff or one of the organization's admins. */
  canAdministerOrganization(viewer: Viewer, orgAdminUserIds: readonly string[]): boolean {
    if (isStaff(viewer)) return true;
    return isSignedIn(viewer) && orgAdminUserIds.includes(viewer.userId as string);
  },
};
