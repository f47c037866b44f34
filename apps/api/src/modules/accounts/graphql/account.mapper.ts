import { MEMBERSHIP_BENEFITS, EffectiveMembership } from '@confer/libs/membership';
import { OrganizationDomainEntity } from '../entities/organization-domain.entity';
import { PremiumGrantEntity } from '../entities/premium-grant.entity';
import { UserEntity } from '../entities/user.entity';
import { AccountModel } from './account.model';
import { MembershipOverrideGql, MembershipSourceGql, MembershipTierGql, RoleGql } from './enums.model';
import { MembershipModel } from './membership.model';
import { OrganizationDomainModel, PremiumGrantModel } from './organization.model';
import { UserProfileModel } from './user-profile.model';

export function toUserProfile(u: UserEntity): UserProfileModel {
  return {
    id: u.id,
    displayName: u.displayName,
    credentials: u.credentials,
    credentialsVerified: u.credentialsVerified,
    jobTitle: u.jobTitle,
    organizationName: u.organizationName,
    bio: u.bio,
    timeZone: u.timeZone,
    roles: u.roles as RoleGql[],
  };
}

export function toAccount(u: UserEntity): AccountModel {
  return {
    ...toUserProfile(u),
    email: u.email,
    emailVerified: u.emailVerifiedAt !== null,
    membershipOverride: (u.membershipOverride ?? 'none') as MembershipOverrideGql,
    createdAt: u.createdAt,
  };
}

export function toMembership(m: EffectiveMembership): MembershipModel {
  return {
    tier: m.tier as MembershipTierGql,
    source: m.source as MembershipSourceGql,
    organizationId: m.organizationId,
    organizationName: m.organizationName,
    validUntil: m.validUntil,
    benefits: [...MEMBERSHIP_BENEFITS[m.tier]],
  };
}

export function toDomain(d: OrganizationDomainEntity): OrganizationDomainModel {
  return { id: d.id, domain: d.domain, approved: d.approvedAt !== null, createdAt: d.createdAt };
}

export function toGrant(g: PremiumGrantEntity): PremiumGrantModel {
  return { id: g.id, startsAt: g.startsAt, endsAt: g.endsAt, note: g.note, source: g.source, revokedAt: g.revokedAt, createdAt: g.createdAt };
}
