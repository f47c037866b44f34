import { Type } from 'class-transformer';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCleanText, IsPlausibleDate } from '../../../core/graphql/input-rules';
import { EventKindGql, EventSessionTypeGql, EventStatusGql } from './event.model';
import { TicketAudienceGql } from './ticket.model';

const URL_RULE = { protocols: ['https', 'http'], require_protocol: true };

@InputType()
export class EventQuestionInput {
  @Field({ description: 'Stable key the answers are stored under, e.g. diet.' }) @IsString() @Matches(/^[a-z][a-z0-9_-]{0,31}$/, { message: 'id must be 1 to 32 lower-case letters, digits, _ or -' }) id: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() label: string;
  @Field({ description: 'text or choice' }) @IsString() @Matches(/^(text|choice)$/, { message: 'kind must be text or choice' }) kind: 'text' | 'choice';
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(100, { each: true }) options: string[];
  @Field({ defaultValue: false }) @IsBoolean() required: boolean;
}

/** Fields of an event; on update every one is optional (only what is given changes). */
@InputType()
export class EventFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{1,79}$/, { message: 'slug must be 2 to 80 lower-case letters, digits or -' }) slug?: string;
  @Field(() => EventKindGql, { nullable: true }) @IsOptional() @IsEnum(EventKindGql) kind?: EventKindGql;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() summary?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() venueName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) @IsCleanText() venueAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA zone, e.g. America/New_York.' }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() startsAt?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() endsAt?: Date;
  @Field(() => EventStatusGql, { nullable: true, description: 'draft or published (cancel with cancelEvent).' }) @IsOptional() @IsEnum(EventStatusGql) status?: EventStatusGql;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() cancellationDeadline?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_RULE) @MaxLength(500) joinUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_RULE) @MaxLength(500) recordingUrl?: string | null;
  @Field(() => [EventQuestionInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => EventQuestionInput) questions?: EventQuestionInput[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() includesCourse?: boolean;
}

@InputType()
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType()
export class SessionFieldsInput {
  @Field(() => EventSessionTypeGql, { nullable: true }) @IsOptional() @IsEnum(EventSessionTypeGql) type?: EventSessionTypeGql;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @Field(() => String, { nullable: true, description: 'null for plenary sessions.' }) @IsOptional() @IsString() @MaxLength(60) @IsCleanText() track?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) @IsCleanText() room?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() startsAt?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() endsAt?: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
  @Field(() => [ID], { nullable: true, description: 'Speakers (member ids), in order.' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) speakerIds?: string[];
}

@InputType()
export class CreateSessionInput extends SessionFieldsInput {
  @Field(() => ID) @IsUUID() eventId: string;
}

@InputType()
export class UpdateSessionInput extends SessionFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType()
export class TicketTypeFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(120) @IsCleanText() name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) @IsCleanText() description?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) listPriceCents?: number;
  @Field(() => Int, { nullable: true, description: 'null: unlimited. Raising it offers the new seats to the waiting list first.' }) @IsOptional() @IsInt() @Min(0) @Max(100000) capacity?: number | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() saleStartsAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() saleEndsAt?: Date | null;
  @Field(() => TicketAudienceGql, { nullable: true }) @IsOptional() @IsEnum(TicketAudienceGql) audience?: TicketAudienceGql;
  @Field(() => Boolean, { nullable: true, description: 'In-person: premium members save 25%.' }) @IsOptional() @IsBoolean() inPerson?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Free for premium members (webinars).' }) @IsOptional() @IsBoolean() includedInPremium?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) maxPerOrder?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class CreateTicketTypeInput extends TicketTypeFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The event (event tickets).' }) @IsOptional() @IsUUID() eventId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Bundles: one event ticket of each event the bundle gives a seat in.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) componentTicketTypeIds?: string[] | null;
}

@InputType()
export class UpdateTicketTypeInput extends TicketTypeFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType()
export class CreatePromoCodeInput {
  @Field({ description: 'Letters, digits, _ or -, 3 to 40 (stored upper-case).' }) @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$/, { message: 'code must be 3 to 40 letters, digits, _ or -' }) code: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) @IsCleanText() description?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only for this event.' }) @IsOptional() @IsUUID() eventId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) percentOff?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10_000_000) amountOffCents?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000) maxUses?: number | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() expiresAt?: Date | null;
  @Field(() => [ID], { defaultValue: [], description: 'Only for these ticket types (none: any).' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) ticketTypeIds: string[];
}

@InputType()
export class UpdatePromoCodeInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) @IsCleanText() description?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000) maxUses?: number | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() expiresAt?: Date | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}
