import { canSeeAudience, isSignedIn, isStaff, type Audience, type Viewer } from '../access';

export type ResourceAccess = 'full' | 'preview' | 'hidden';
/** What a preview invites the viewer to do to read the rest. */
export type ResourceInvitation = 'sign_up' | 'upgrade';

export const RESOURCE_AUDIENCES: readonly Audience[] = ['public', 'guest', 'premium'];

export interface ResourceRef {
  audience: Audience;
  published: boolean;
}

/**
 * The library's one visibility rule. Every published item is in the catalogue for everyone (title,
 * summary, first paragraph); the body and the file or recording link only for viewers whose
 * membership reaches its audience. Unpublished items exist for staff only.
 */
export function resourceAccess(v: Viewer, r: ResourceRef): ResourceAccess {
  if (!r.published && !isStaff(v)) return 'hidden';
  return canSeeAudience(v, r.audience) ? 'full' : 'preview';
}

/** The audiences whose bodies this viewer may read: what the SQL filter uses, from the same rule. */
export function fullAudiences(v: Viewer): Audience[] {
  return RESOURCE_AUDIENCES.filter((a) => canSeeAudience(v, a));
}

/** A visitor is invited to create a free account (or join) ; a signed-in guest to go premium. */
export function resourceInvitation(v: Viewer, r: ResourceRef): ResourceInvitation | null {
  if (resourceAccess(v, r) !== 'preview') return null;
  return isSignedIn(v) ? 'upgrade' : 'sign_up';
}
