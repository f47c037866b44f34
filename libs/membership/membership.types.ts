import type { Role } from '../accounts/roles';

export type MembershipTier = 'guest' | 'premium';

export type MembershipSource = 'none' | 'individual' | 'organization' | 'staff_override' | 'role';

export type MembershipOverride = 'premium' | 'guest' | null;

export interface MembershipSubject {
  email: string;
  emailVerified: boolean;
  roles: readonly Role[];
  override: MembershipOverride;
}

/** Individual premium, valid on the half-open window [startsAt, endsAt); endsAt null = open-ended. */
export interface PremiumGrant {
  startsAt: Date;
  endsAt: Date | null;
}

export interface OrganizationCoverage {
  organizationId: string;
  name: string;
  status: 'active' | 'suspended';
  startsAt: Date;
  endsAt: Date | null;
  domains: readonly { domain: string; approved: boolean }[];
}

export interface EffectiveMembership {
  tier: MembershipTier;
  source: MembershipSource;
  organizationId: string | null;
  organizationName: string | null;
  validUntil: Date | null;
}
