import type { MembershipSource, MembershipTier, Role } from '../../gql/graphql';

interface MembershipLike {
  tier: MembershipTier;
  source: MembershipSource;
  organizationName: string | null;
}

export function tierLabel(tier: MembershipTier): string {
  return tier === 'PREMIUM' ? 'Premium' : 'Guest';
}

/** The benefits table in libs is keyed by the lower-case tier. */
export function tierKey(tier: MembershipTier): 'guest' | 'premium' {
  return tier === 'PREMIUM' ? 'premium' : 'guest';
}

// Kept free of the words "guest" and "premium": the tier badge is the one place that names the tier.
export function sourceLabel(membership: MembershipLike, roles: readonly Role[] = []): string {
  switch (membership.source) {
    case 'INDIVIDUAL':
      return 'Individual membership';
    case 'ORGANIZATION':
      return membership.organizationName
        ? `Through your organization, ${membership.organizationName}`
        : 'Through your organization';
    case 'STAFF_OVERRIDE':
      return 'Set by Confer staff';
    case 'ROLE': {
      const role = roles.find((r) => r !== 'MEMBER');
      return role ? `Included with your ${roleLabel(role).toLowerCase()} role` : 'Included with your role';
    }
    case 'NONE':
      return 'Free account';
  }
}

export function roleLabel(role: Role): string {
  switch (role) {
    case 'MEMBER':
      return 'Member';
    case 'EXPERT':
      return 'Expert';
    case 'MODERATOR':
      return 'Moderator';
    case 'STAFF':
      return 'Staff';
  }
}
