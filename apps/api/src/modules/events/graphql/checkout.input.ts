import { Type } from 'class-transformer';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCleanText } from '../../../core/graphql/input-rules';

@InputType()
export class AnswerInput {
  @Field() @IsString() @MaxLength(64) questionId: string;
  @Field() @IsString() @MaxLength(1000) @IsCleanText() value: string;
}

@InputType()
export class AttendeeInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() name: string;
  @Field() @IsEmail() @MaxLength(320) email: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) @IsCleanText() credentials?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() organization?: string | null;
  @Field(() => [AnswerInput], { defaultValue: [], description: 'This attendee’s answers; the order’s answers fill in the rest.' })
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

// Limits are wider than any ticket allows: the service answers with its own codes (INVALID_QUANTITY).
@InputType()
export class PriceQuoteInput {
  @Field(() => ID) @IsUUID() ticketTypeId: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(-1000) @Max(1000) quantity: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) promoCode?: string | null;
}

@InputType()
export class CheckoutInput {
  @Field(() => ID) @IsUUID() ticketTypeId: string;
  @Field(() => Int) @IsInt() @Min(-1000) @Max(1000) quantity: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) promoCode?: string | null;
  @Field(() => [AttendeeInput], { defaultValue: [], description: 'One per ticket (none for a membership).' })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AttendeeInput) attendees: AttendeeInput[];
  @Field(() => [AnswerInput], { defaultValue: [], description: 'Answers for every attendee who did not give their own.' })
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
  @Field({ description: 'Made once per checkout page: sending it again returns the same order.' })
  @IsString() @Matches(/^[A-Za-z0-9_.:-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits or _.:-' }) idempotencyKey: string;
}

@InputType()
export class AcceptWaitlistOfferInput {
  @Field(() => ID) @IsUUID() entryId: string;
  @Field(() => [AttendeeInput]) @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AttendeeInput) attendees: AttendeeInput[];
  @Field(() => [AnswerInput], { defaultValue: [] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) promoCode?: string | null;
  @Field() @IsString() @Matches(/^[A-Za-z0-9_.:-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits or _.:-' }) idempotencyKey: string;
}
