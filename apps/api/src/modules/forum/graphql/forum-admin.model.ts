import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A member of a private group, as staff see them (with the address, like the staff user list). */
@ObjectType('ForumGroupMember')
export class ForumGroupMemberModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field() addedAt: Date;
}
