import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ForumAudienceGql } from './forum.model';
import { IsCleanText } from '../../../core/graphql/input-rules';

// Length limits are checked in the service so the author gets the board's own message.
@InputType()
export class CreateForumThreadInput {
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field() @IsString() @MaxLength(1000) @IsCleanText() title: string;
  @Field() @IsString() @MaxLength(200_000) body: string;
  @Field({ defaultValue: false }) @IsBoolean() anonymous: boolean;
  @Field({ defaultValue: false, description: 'The author checked the possible patient identifiers and posts anyway.' }) @IsBoolean() confirmPhi: boolean;
}

@InputType()
export class CreateForumPostInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field() @IsString() @MaxLength(200_000) body: string;
  @Field({ defaultValue: false }) @IsBoolean() anonymous: boolean;
  @Field({ defaultValue: false }) @IsBoolean() confirmPhi: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() quotedPostId?: string | null;
}

@InputType()
export class EditForumPostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field() @IsString() @MaxLength(200_000) body: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() reason?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() confirmPhi: boolean;
}

export enum ModerationDecision {
  APPROVE = 'approve',
  HIDE = 'hide',
  DELETE = 'delete',
  RESTORE = 'restore',
  /** Drop an author's edit of a published post that waits for review (the published text stays). */
  REJECT_EDIT = 'reject_edit',
}
registerEnumType(ModerationDecision, { name: 'ModerationDecision' });

@InputType()
export class ModerateForumPostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field(() => ModerationDecision) @IsIn(Object.values(ModerationDecision)) decision: ModerationDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() reason?: string | null;
}

@InputType()
export class DismissForumFlagsInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() reason?: string | null;
}

@InputType()
export class ForumCategoryInput {
  @Field() @IsString() @MaxLength(63) slug: string;
  @Field() @IsString() @MaxLength(120) @IsCleanText() name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() description?: string | null;
  @Field(() => ForumAudienceGql) @IsIn(Object.values(ForumAudienceGql)) audience: ForumAudienceGql;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() allowAnonymous: boolean;
  @Field({ defaultValue: false }) @IsBoolean() requirePremoderation: boolean;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1000) position: number;
}

@InputType()
export class UpdateForumCategoryInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(63) slug?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) @IsCleanText() name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() description?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() allowAnonymous?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() requirePremoderation?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) position?: number;
}

@InputType()
export class ForumGroupInput {
  @Field() @IsString() @MaxLength(63) slug: string;
  @Field() @IsString() @MaxLength(120) @IsCleanText() name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() description?: string | null;
}
