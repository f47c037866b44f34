import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipOverrideGql, RoleGql } from './enums.model';

/** The private view of an account: its owner and staff only. Membership and organizations resolve lazily. */
@ObjectType('Account')
export class AccountModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() emailVerified: boolean;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field() credentialsVerified: boolean;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field() timeZone: string;
  @Field(() => [RoleGql]) roles: RoleGql[];
  @Field(() => MembershipOverrideGql) membershipOverride: MembershipOverrideGql;
  @Field() createdAt: Date;
}

@ObjectType('AccountConnection')
export class AccountConnectionModel {
  @Field(() => [AccountModel]) nodes: AccountModel[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('OkResult')
export class OkResultModel {
  @Field() ok: boolean;
}
