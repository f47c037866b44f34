import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleGql } from './enums.model';

/** What any signed-in member may see of another member (no email, no membership details). */
@ObjectType('UserProfile')
export class UserProfileModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field() credentialsVerified: boolean;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field() timeZone: string;
  @Field(() => [RoleGql]) roles: RoleGql[];
}
