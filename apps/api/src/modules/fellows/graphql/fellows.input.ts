import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCleanText } from '../../../core/graphql/input-rules';
import { FellowshipPlanActionGql } from './fellows.model';

// Generous ceilings here stop abuse early; the precise limits and messages come from libs/fellows.
@InputType()
export class FellowshipPlanInput {
  @Field() @IsString() @MaxLength(1_000) @IsCleanText() title: string;
  @Field() @IsString() @MaxLength(40_000) goals: string;
  @Field() @IsString() @MaxLength(40_000) audience: string;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) platforms: string[];
  @Field() @IsString() @MaxLength(40_000) metrics: string;
  @Field({ description: 'The governance and privacy plan.' }) @IsString() @MaxLength(40_000) governance: string;
}

@InputType()
export class ResubmitFellowshipPlanInput extends FellowshipPlanInput {
  @Field(() => String, { nullable: true, description: 'What changed, for the reviewers.' }) @IsOptional() @IsString() @MaxLength(20_000) note?: string | null;
}

const REVIEW_ACTIONS = [
  FellowshipPlanActionGql.START_REVIEW,
  FellowshipPlanActionGql.COMMENT,
  FellowshipPlanActionGql.REQUEST_REVISION,
  FellowshipPlanActionGql.ACCEPT,
  FellowshipPlanActionGql.DECLINE,
];

@InputType()
export class ReviewFellowshipPlanInput {
  @Field(() => ID) @IsUUID() planId: string;
  @Field(() => FellowshipPlanActionGql, { description: 'START_REVIEW, COMMENT, REQUEST_REVISION, ACCEPT or DECLINE.' })
  @IsIn(REVIEW_ACTIONS, { message: 'action must be a reviewer’s action' })
  action: FellowshipPlanActionGql;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20_000) comment?: string | null;
}

@InputType()
export class FellowListingInput {
  @Field() @IsBoolean() listPublicly: boolean;
  @Field(() => String, { nullable: true, description: 'Shown on the public Fellows page when listed (up to 500 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  @IsCleanText()
  publicSummary?: string | null;
}

@InputType()
export class FellowshipMemberInput {
  @Field() @IsEmail() @MaxLength(320) email: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() note?: string | null;
}
