import type { Role } from '../accounts/roles';
import type { Audience, Viewer } from './viewer.types';

export function isSignedIn(v: Viewer): boolean {
  return typeof v.userId === 'string' && v.userId.length > 0;
}

// Roles and tier only count for a signed-in viewer, so a malformed anonymous viewer gains nothing.
export function hasRole(v: Viewer, role: Role): boolean {
  return isSignedIn(v) && v.roles.includes(role);
}

export function isStaff(v: Viewer): boolean {
  return hasRole(v, 'staff');
}

/** Moderators, and staff, who can do anything a moderator can. */
export function isModerator(v: Viewer): boolean {
  return hasRole(v, 'moderator') || isStaff(v);
}

export function isPremium(v: Viewer): boolean {
  return isSignedIn(v) && v.tier === 'premium';
}

export function canSeeAudience(v: Viewer, audience: Audience): boolean {
  if (isStaff(v)) return true;
  switch (audience) {
    case 'public':
      return true;
    case 'guest':
      return isSignedIn(v);
    case 'premium':
      return isPremium(v);
    default:
      // Unknown audience (bad data): fail closed.
      return false;
  }
}
