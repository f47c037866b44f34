import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_SEARCH_LENGTH, MAX_URL_LENGTH, SUBMISSION_LIMITS } from '@confer/libs/directory';
import { IsCleanText } from '../../../core/graphql/input-rules';
import { DirectoryOrganizationTypeGql, DirectoryPlatformGql, DirectorySortGql } from './directory-enums.model';

@InputType()
export class DirectoryAccountInput {
  @Field(() => DirectoryPlatformGql) @IsEnum(DirectoryPlatformGql) platform: DirectoryPlatformGql;
  @Field() @IsString() @MaxLength(MAX_URL_LENGTH) url: string;
}

/** The listing's fields, for a new submission and for an update through the edit link. */
@InputType()
export class DirectoryListingInput {
  @Field() @IsString() @MaxLength(SUBMISSION_LIMITS.name) @IsCleanText() name: string;
  @Field(() => DirectoryOrganizationTypeGql) @IsEnum(DirectoryOrganizationTypeGql) type: DirectoryOrganizationTypeGql;
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. US.' }) @IsString() @MaxLength(10) countryCode: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(SUBMISSION_LIMITS.region) @IsCleanText() region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(SUBMISSION_LIMITS.city) @IsCleanText() city?: string | null;
  @Field() @IsString() @MaxLength(MAX_URL_LENGTH) website: string;
  @Field(() => [DirectoryAccountInput])
  @IsArray()
  @ArrayMaxSize(SUBMISSION_LIMITS.accounts)
  @ValidateNested({ each: true })
  @Type(() => DirectoryAccountInput)
  accounts: DirectoryAccountInput[];
}

@InputType()
export class SubmitDirectoryListingInput extends DirectoryListingInput {
  @Field({ description: 'Where the confirmation link is sent; never shown publicly.' }) @IsString() @MaxLength(254) submitterEmail: string;
}

@InputType()
export class DirectoryFilterInput {
  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 codes (any of).' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(10, { each: true }) countries?: string[] | null;
  @Field(() => [DirectoryOrganizationTypeGql], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsEnum(DirectoryOrganizationTypeGql, { each: true }) types?: DirectoryOrganizationTypeGql[] | null;
  @Field(() => [DirectoryPlatformGql], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsEnum(DirectoryPlatformGql, { each: true }) platforms?: DirectoryPlatformGql[] | null;
  @Field(() => String, { nullable: true, description: 'Words matched as prefixes in name, city, region and website.' }) @IsOptional() @IsString() @MaxLength(MAX_SEARCH_LENGTH) search?: string | null;
}

@InputType()
export class DirectoryQueryInput {
  @Field(() => DirectoryFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => DirectoryFilterInput) filter?: DirectoryFilterInput | null;
  @Field(() => DirectorySortGql, { defaultValue: DirectorySortGql.NAME }) @IsOptional() @IsEnum(DirectorySortGql) sort?: DirectorySortGql;
  @Field(() => Int, { defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) @Max(100_000) offset?: number;
  @Field(() => Int, { defaultValue: 24 }) @IsOptional() @IsInt() @Min(1) @Max(100) limit?: number;
}
