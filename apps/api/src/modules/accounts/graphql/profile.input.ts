import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCleanText, IsPlausibleDate } from '../../../core/graphql/input-rules';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(80) @IsCleanText() displayName?: string;
  @Field(() => String, { nullable: true, description: 'For example "MD, MPH" or "RN".' })
  @IsOptional() @IsString() @MaxLength(80) @IsCleanText() credentials?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) @IsCleanText() jobTitle?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) @IsCleanText() organizationName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() bio?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) @IsCleanText() timeZone?: string;
}

@InputType()
export class GrantPremiumInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field() @IsPlausibleDate() startsAt: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() note?: string | null;
}
