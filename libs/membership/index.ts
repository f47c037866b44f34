export type {
  EffectiveMembership,
  MembershipOverride,
  MembershipSource,
  MembershipSubject,
  MembershipTier,
  OrganizationCoverage,
  PremiumGrant,
} from './membership.types';
export { effectiveMembership } from './effective-membership.rule';
export { emailDomain } from './email-domain.rule';
export { domainMatches } from './domain-matches.rule';
export { normalizeDomain } from './normalize-domain.rule';
export { isWindowActive, compareWindowEnds } from './membership-window.rule';
export { MEMBERSHIP_BENEFITS } from './membership-benefits.data';
