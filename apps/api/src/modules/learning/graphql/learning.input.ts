import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUrl, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCleanText, NO_CONTROL_CHARS } from '../../../core/graphql/input-rules';

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

@InputType()
export class QuizAnswerInput {
  @Field(() => ID) @IsUUID() questionId: string;
  @Field(() => Int, { description: '0-based index of the chosen answer.' }) @IsInt() @Min(0) @Max(20) choiceIndex: number;
}

@InputType()
export class SubmitQuizInput {
  @Field(() => ID) @IsUUID() moduleId: string;
  @Field(() => [QuizAnswerInput]) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => QuizAnswerInput) answers: QuizAnswerInput[];
}

@InputType()
export class GrantCourseAccessInput {
  @Field({ defaultValue: 'social-for-healthcare' }) @IsString() @Matches(SLUG, { message: 'courseSlug is not a course' }) courseSlug: string;
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() note?: string | null;
}

@InputType()
export class QuizQuestionDraftInput {
  @Field() @IsString() @MaxLength(1000) @IsCleanText() prompt: string;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(8) @IsString({ each: true }) @MaxLength(300, { each: true }) @Matches(NO_CONTROL_CHARS, { each: true, message: 'choices must not contain control characters' }) choices: string[];
  @Field(() => Int) @IsInt() @Min(0) @Max(7) correctIndex: number;
}

/** A module as staff write it; without `id` it is added at the end of the course. */
@InputType()
export class CourseModuleDraftInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field({ defaultValue: 'social-for-healthcare' }) @IsString() @Matches(SLUG, { message: 'courseSlug is not a course' }) courseSlug: string;
  @Field() @IsString() @MaxLength(63) slug: string;
  @Field() @IsString() @MaxLength(200) @IsCleanText() title: string;
  @Field() @IsString() @MaxLength(1000) @IsCleanText() summary: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(600) estimatedMinutes: number;
  @Field() @IsString() @MaxLength(100_000) contentMd: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) @IsUrl({ protocols: ['https'], require_protocol: true }) videoUrl?: string | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) passMark: number;
  @Field(() => [QuizQuestionDraftInput]) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => QuizQuestionDraftInput) questions: QuizQuestionDraftInput[];
}
