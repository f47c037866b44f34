import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('OrganizationDomain')
export class OrganizationDomainModel {
  @Field(() => ID) id: string;
  @Field() domain: string;
  @Field() approved: boolean;
  @Field() createdAt: Date;
}

/** Domains, admins and covered members resolve through DataLoaders and the organization policy. */
@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() status: string;
  @Field() membershipStartsAt: Date;
  @Field(() => Date, { nullable: true }) membershipEndsAt: Date | null;
  @Field({ description: 'Whether the flat-rate membership covers people right now.' }) active: boolean;
}

@ObjectType('PremiumGrant')
export class PremiumGrantModel {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() source: string;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() createdAt: Date;
}
