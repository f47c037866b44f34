import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipSourceGql, MembershipTierGql } from './enums.model';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => MembershipTierGql) tier: MembershipTierGql;
  @Field(() => MembershipSourceGql) source: MembershipSourceGql;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => Date, { nullable: true }) validUntil: Date | null;
  @Field(() => [String], { description: 'What this membership includes, in plain words.' }) benefits: string[];
}
