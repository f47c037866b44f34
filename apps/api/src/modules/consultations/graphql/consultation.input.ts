import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCleanText, NO_CONTROL_CHARS } from '../../../core/graphql/input-rules';
import { ConsultationModeGql, OverrideKindGql } from './expert.model';

// The time-zone name and the instant are checked in the service, which answers with its own codes.
@InputType()
export class BookConsultationInput {
  @Field(() => ID) @IsUUID() typeId: string;
  @Field({ description: 'The slot’s start, an ISO instant (as given by consultationSlots).' }) @IsString() @MaxLength(40) start: string;
  @Field({ description: 'The answer to the intake question.' }) @IsString() @MaxLength(5000) intakeAnswer: string;
}

@InputType({ description: 'Either the id (logged in) or the token from an email link.' })
export class RescheduleConsultationInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) token?: string | null;
  @Field() @IsString() @MaxLength(40) start: string;
}

@InputType({ description: 'Either the id (logged in) or the token from an email link.' })
export class CancelConsultationInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) token?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when the expert cancels: the member is told.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText()
  reason?: string | null;
}

export enum ConsultationOutcomeGql {
  COMPLETED = 'completed',
  NO_SHOW = 'no_show',
}
registerEnumType(ConsultationOutcomeGql, { name: 'ConsultationOutcome' });

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class WeeklyRuleInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(7) weekday: number;
  @Field() @Matches(CLOCK, { message: 'start must be HH:mm' }) start: string;
  @Field() @Matches(CLOCK, { message: 'end must be HH:mm' }) end: string;
}

@InputType()
export class DateOverrideInput {
  @Field() @Matches(DATE, { message: 'date must be yyyy-MM-dd' }) date: string;
  @Field(() => OverrideKindGql) @IsIn(Object.values(OverrideKindGql)) kind: OverrideKindGql;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(CLOCK, { message: 'start must be HH:mm' }) start?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(CLOCK, { message: 'end must be HH:mm' }) end?: string | null;
}

@InputType()
export class OnSiteBlockInput {
  @Field() @IsString() @MaxLength(40) start: string;
  @Field() @IsString() @MaxLength(40) end: string;
  @Field() @IsString() @MaxLength(200) @IsCleanText() room: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() eventSessionId?: string | null;
}

@InputType()
export class ExpertAvailabilityInput {
  @Field(() => ID, { nullable: true, description: 'Staff only: whose availability. Defaults to yours.' }) @IsOptional() @IsUUID() expertId?: string | null;
  @Field() @IsString() @MaxLength(64) timeZone: string;
  @Field(() => [WeeklyRuleInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => WeeklyRuleInput) weeklyRules: WeeklyRuleInput[];
  @Field(() => [DateOverrideInput]) @ArrayMaxSize(400) @ValidateNested({ each: true }) @Type(() => DateOverrideInput) dateOverrides: DateOverrideInput[];
  @Field(() => [OnSiteBlockInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => OnSiteBlockInput) onSiteBlocks: OnSiteBlockInput[];
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) bufferBeforeMinutes: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) bufferAfterMinutes: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(525600) minimumNoticeMinutes: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) horizonDays: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) maxPerDay?: number | null;
}

@InputType()
export class ExpertProfileInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() expertId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() headline?: string | null;
  @Field(() => [String]) @ArrayMaxSize(12) @IsString({ each: true }) @MaxLength(60, { each: true }) @Matches(NO_CONTROL_CHARS, { each: true, message: 'topics must not contain control characters' }) topics: string[];
  @Field() @IsBoolean() accepting: boolean;
}

@InputType()
export class ConsultationTypeInput {
  @Field(() => ID, { nullable: true, description: 'Set to edit an existing type.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Staff only: for which expert. Defaults to you.' }) @IsOptional() @IsUUID() expertId?: string | null;
  @Field() @IsString() @MaxLength(120) @IsCleanText() title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) @IsCleanText() description?: string | null;
  @Field(() => Int) @IsInt() @Min(5) @Max(480) durationMinutes: number;
  @Field(() => ConsultationModeGql) @IsIn(Object.values(ConsultationModeGql)) mode: ConsultationModeGql;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @Matches(/^https:\/\/\S+$/, { message: 'meetingUrl must be an https link' }) meetingUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() room?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) @IsCleanText() intakeQuestion?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}
