import { domainMatches } from './domain-matches.rule';
import { emailDomain } from './email-domain.rule';
import { compareWindowEnds, isWindowActive } from './membership-window.rule';
import type {
  EffectiveMembership,
  MembershipSubject,
  OrganizationCoverage,
  PremiumGrant,
} from './membership.types';

const GUEST: EffectiveMembership = {
  tier: 'guest',
  source: 'none',
  organizationId: null,
  organizationName: null,
  validUntil: null,
};

/**
 * The single place that decides a person's membership. Callers pass the facts from the database
 * and the current time; nothing here trusts what a browser claims.
 */
export function effectiveMembership(
  subject: MembershipSubject,
  grants: readonly PremiumGrant[],
  organizations: readonly OrganizationCoverage[],
  now: Date,
): EffectiveMembership {
  // Staff overrides come first so staff can both comp and revoke (e.g. a disputed payment).
  if (subject.override === 'guest') return { ...GUEST, source: 'staff_override' };
  if (subject.override === 'premium') return { ...GUEST, tier: 'premium', source: 'staff_override' };

  // Moderators must read the board they moderate; staff run everything.
  if (subject.roles.includes('staff') || subject.roles.includes('moderator')) {
    return { ...GUEST, tier: 'premium', source: 'role' };
  }

  const individual = bestIndividualGrant(grants, now);
  const organization = bestOrganization(subject, organizations, now);

  // Both apply: report the one that lasts longest, so "valid until" is not understated.
  if (individual && organization) {
    return compareWindowEnds(organization.endsAt, individual.endsAt) > 0
      ? organizationMembership(organization)
      : individualMembership(individual);
  }
  if (individual) return individualMembership(individual);
  if (organization) return organizationMembership(organization);
  return { ...GUEST };
}

function bestIndividualGrant(grants: readonly PremiumGrant[], now: Date): PremiumGrant | null {
  let best: PremiumGrant | null = null;
  for (const grant of grants) {
    if (!isWindowActive(grant.startsAt, grant.endsAt, now)) continue;
    if (best === null || compareWindowEnds(grant.endsAt, best.endsAt) > 0) best = grant;
  }
  return best;
}

function bestOrganization(
  subject: MembershipSubject,
  organizations: readonly OrganizationCoverage[],
  now: Date,
): OrganizationCoverage | null {
  // Anyone can type any address at sign-up; only a verified one proves they work there.
  if (!subject.emailVerified) return null;
  const domain = emailDomain(subject.email);
  if (domain === null) return null;

  let best: OrganizationCoverage | null = null;
  for (const org of organizations) {
    if (org.status !== 'active') continue;
    if (!isWindowActive(org.startsAt, org.endsAt, now)) continue;
    // Proposed (unapproved) domains cover nobody until staff approve them.
    if (!org.domains.some((d) => d.approved && domainMatches(domain, d.domain))) continue;
    if (best === null || compareWindowEnds(org.endsAt, best.endsAt) > 0) best = org;
  }
  return best;
}

function individualMembership(grant: PremiumGrant): EffectiveMembership {
  return { ...GUEST, tier: 'premium', source: 'individual', validUntil: grant.endsAt };
}

function organizationMembership(org: OrganizationCoverage): EffectiveMembership {
  return {
    tier: 'premium',
    source: 'organization',
    organizationId: org.organizationId,
    organizationName: org.name,
    validUntil: org.endsAt,
  };
}
