import { Field, ObjectType } from '@nestjs/graphql';
import { PhiFindingModel } from './forum.model';

/** An author's edit of a published post that waits for a moderator (its author and moderators see it). */
@ObjectType('ForumPendingEdit')
export class ForumPendingEditModel {
  @Field() bodyHtml: string;
  @Field() bodyMd: string;
  @Field({ description: 'Why the edit waits for a moderator.' }) heldReason: string;
  @Field(() => [PhiFindingModel]) phiFindings: PhiFindingModel[];
  @Field() createdAt: Date;
}
