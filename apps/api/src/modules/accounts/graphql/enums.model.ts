import { registerEnumType } from '@nestjs/graphql';

export enum RoleGql {
  MEMBER = 'member',
  EXPERT = 'expert',
  MODERATOR = 'moderator',
  STAFF = 'staff',
}
registerEnumType(RoleGql, { name: 'Role' });

export enum MembershipTierGql {
  GUEST = 'guest',
  PREMIUM = 'premium',
}
registerEnumType(MembershipTierGql, { name: 'MembershipTier' });

export enum MembershipSourceGql {
  NONE = 'none',
  INDIVIDUAL = 'individual',
  ORGANIZATION = 'organization',
  STAFF_OVERRIDE = 'staff_override',
  ROLE = 'role',
}
registerEnumType(MembershipSourceGql, { name: 'MembershipSource' });

export enum MembershipOverrideGql {
  PREMIUM = 'premium',
  GUEST = 'guest',
  NONE = 'none',
}
registerEnumType(MembershipOverrideGql, { name: 'MembershipOverride' });
