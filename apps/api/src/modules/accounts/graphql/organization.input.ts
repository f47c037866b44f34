import { Field, ID, InputType } from '@nestjs/graphql';
import { IsCleanText, IsPlausibleDate } from '../../../core/graphql/input-rules';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateOrganizationInput {
  @Field() @IsString() @MinLength(2) @MaxLength(160) @IsCleanText() name: string;
  @Field() @IsPlausibleDate() membershipStartsAt: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() membershipEndsAt?: Date | null;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(253, { each: true }) domains: string[];
}

@InputType()
export class UpdateOrganizationMembershipInput {
  @Field(() => ID) @IsUUID() organizationId: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(['active', 'suspended']) status?: 'active' | 'suspended';
  @Field({ nullable: true }) @IsOptional() @IsPlausibleDate() membershipStartsAt?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsPlausibleDate() membershipEndsAt?: Date | null;
}
