import { Type } from 'class-transformer';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCleanText } from '../../../core/graphql/input-rules';
import { AnswerInput } from './checkout.input';

@InputType()
export class UpdateRegistrationInput {
  @Field(() => ID) @IsUUID() registrationId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() attendeeName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) @IsCleanText() credentials?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() organization?: string | null;
  @Field(() => [AnswerInput], { defaultValue: [] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

@InputType()
export class TransferRegistrationInput {
  @Field(() => ID) @IsUUID() registrationId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() name: string;
  @Field() @IsEmail({}, { message: 'Give a valid email address.' }) @MaxLength(320) email: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) @IsCleanText() credentials?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() organization?: string | null;
  @Field(() => [AnswerInput], { defaultValue: [], description: 'The colleague’s answers to the event’s questions.' })
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

@InputType()
export class EventRegistrationsFilterInput {
  @Field(() => ID) @IsUUID() eventId: string;
  @Field(() => String, { nullable: true, description: 'held, confirmed or cancelled' }) @IsOptional() @IsIn(['held', 'confirmed', 'cancelled']) status?: 'held' | 'confirmed' | 'cancelled' | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() checkedIn?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ticketTypeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name, email or organization contains.' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
  @Field(() => Int, { defaultValue: 100 }) @IsInt() @Min(1) @Max(500) limit: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100000) offset: number;
}
