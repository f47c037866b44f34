import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
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
}
registerEnumType(ModerationDecision, { name: 'ModerationDecision' });

@InputType()
export class ModerateForumPostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field(() => ModerationDecision) @IsIn(Object.values(ModerationDecision)) decision: ModerationDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() reason?: string | null;
}
