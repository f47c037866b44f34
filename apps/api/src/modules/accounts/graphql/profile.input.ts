import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(80) @Matches(NO_CONTROL_CHARS) displayName?: string;
  @Field(() => String, { nullable: true, description: 'For example "MD, MPH" or "RN".' })
  @IsOptional() @IsString() @MaxLength(80) @Matches(NO_CONTROL_CHARS) credentials?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) @Matches(NO_CONTROL_CHARS) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) @Matches(NO_CONTROL_CHARS) organizationName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) bio?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
}

@InputType()
export class GrantPremiumInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field() @IsDate() startsAt: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}
