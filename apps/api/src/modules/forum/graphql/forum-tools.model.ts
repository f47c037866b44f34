import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCleanText } from '../../../core/graphql/input-rules';
import { ForumPostModel, ForumThreadModel } from './forum.model';

export enum FlagReasonGql {
  PATIENT_PRIVACY = 'patient_privacy',
  UNPROFESSIONAL = 'unprofessional',
  SPAM = 'spam',
  OTHER = 'other',
}
registerEnumType(FlagReasonGql, { name: 'FlagReason' });

@InputType()
export class FlagForumPostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field(() => FlagReasonGql) @IsEnum(FlagReasonGql) reason: FlagReasonGql;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) @IsCleanText() note?: string | null;
}

@ObjectType('ForumDraft')
export class ForumDraftModel {
  @Field(() => String, { nullable: true }) title: string | null;
  @Field() body: string;
  @Field() updatedAt: Date;
}

@ObjectType('ForumFlag')
export class ForumFlagModel {
  @Field(() => ID) id: string;
  @Field(() => FlagReasonGql) reason: FlagReasonGql;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
  @Field(() => ForumPostModel) post: ForumPostModel;
}

@ObjectType('ForumPostRevision')
export class ForumPostRevisionModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The text before this edit.' }) bodyMd: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() createdAt: Date;
}

@ObjectType('ForumSearchResult')
export class ForumSearchResultModel {
  @Field(() => ForumThreadModel) thread: ForumThreadModel;
  @Field(() => ID) postId: string;
  @Field({ description: 'Plain text around the match; matches are wrapped in [[ and ]].' }) snippet: string;
}
