import type { Role } from '../accounts/roles';
import type { MembershipTier } from '../membership/membership.types';

/** public = anyone, including anonymous visitors; guest = any signed-in account; premium = premium tier. */
export type Audience = 'public' | 'guest' | 'premium';

/** Who is asking, as resolved on the server from the session (never from the client). */
export interface Viewer {
  userId: string | null;
  roles: readonly Role[];
  tier: MembershipTier;
  emailVerified: boolean;
}

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({
  userId: null,
  roles: Object.freeze([]) as readonly Role[],
  tier: 'guest',
  emailVerified: false,
});
