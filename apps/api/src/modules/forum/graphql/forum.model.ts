import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ForumAudienceGql {
  PUBLIC = 'public',
  PREMIUM = 'premium',
  GROUP = 'group',
}
registerEnumType(ForumAudienceGql, { name: 'ForumAudience' });

export enum ForumStatusGql {
  VISIBLE = 'visible',
  HELD = 'held',
  HIDDEN = 'hidden',
  DELETED = 'deleted',
}
registerEnumType(ForumStatusGql, { name: 'ForumStatus' });

export enum ReactionKindGql {
  HELPFUL = 'helpful',
  THANKS = 'thanks',
  AGREE = 'agree',
}
registerEnumType(ReactionKindGql, { name: 'ReactionKind' });

@ObjectType('ForumCategory')
export class ForumCategoryModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ForumAudienceGql) audience: ForumAudienceGql;
  @Field() allowAnonymous: boolean;
  @Field() requirePremoderation: boolean;
  @Field({ description: 'Whether the viewer may start threads and reply here.' }) canPost: boolean;
}

/** How an author appears to this viewer. For anonymous posts only the per-thread pseudonym is given. */
@ObjectType('ForumAuthor')
export class ForumAuthorModel {
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field() credentialsVerified: boolean;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field() anonymous: boolean;
  @Field({ description: 'True on your own posts (including your anonymous ones, shown only to you).' }) isYou: boolean;
}

@ObjectType('ReactionSummary')
export class ReactionSummaryModel {
  @Field(() => ReactionKindGql) kind: ReactionKindGql;
  @Field(() => Int) count: number;
  @Field() mine: boolean;
}

@ObjectType('PhiFinding')
export class PhiFindingModel {
  @Field() kind: string;
  @Field() confidence: string;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
  @Field() text: string;
  @Field() reason: string;
}

@ObjectType('ForumPost')
export class ForumPostModel {
  @Field(() => ID) id: string;
  @Field(() => ID) threadId: string;
  @Field(() => Int) seq: number;
  @Field() bodyHtml: string;
  @Field() bodyMd: string;
  @Field(() => ForumStatusGql) status: ForumStatusGql;
  @Field(() => String, { nullable: true, description: 'Why the post is held (its author and moderators only).' }) heldReason: string | null;
  @Field(() => [PhiFindingModel], { description: 'Possible patient identifiers (its author and moderators only).' }) phiFindings: PhiFindingModel[];
  @Field(() => ForumAuthorModel) author: ForumAuthorModel;
  @Field(() => [ReactionSummaryModel]) reactions: ReactionSummaryModel[];
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
}

@ObjectType('ForumPostConnection')
export class ForumPostConnectionModel {
  @Field(() => [ForumPostModel]) nodes: ForumPostModel[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('ForumThread')
export class ForumThreadModel {
  @Field(() => ID) id: string;
  @Field(() => ID) categoryId: string;
  @Field() title: string;
  @Field(() => ForumStatusGql) status: ForumStatusGql;
  @Field() pinned: boolean;
  @Field() locked: boolean;
  @Field(() => Int) postCount: number;
  @Field(() => ID, { nullable: true }) answerPostId: string | null;
  @Field(() => ForumAuthorModel) author: ForumAuthorModel;
  @Field() createdAt: Date;
  @Field() lastPostAt: Date;
}

@ObjectType('ForumThreadConnection')
export class ForumThreadConnectionModel {
  @Field(() => [ForumThreadModel]) nodes: ForumThreadModel[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('ForumPostResult')
export class ForumPostResultModel {
  @Field(() => ForumThreadModel) thread: ForumThreadModel;
  @Field(() => ForumPostModel) post: ForumPostModel;
  @Field({ description: 'True when the post waits for a moderator (see post.heldReason).' }) held: boolean;
}

@ObjectType('ModerationAction')
export class ModerationActionModel {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field() targetType: string;
  @Field(() => ID) targetId: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() actorName: string;
  @Field() createdAt: Date;
}
