import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCleanText } from '../../../core/graphql/input-rules';
import { ResourceAudienceGql, ResourceKindGql } from './resource.model';

@InputType()
export class ResourceFilterInput {
  @Field(() => String, { nullable: true, description: 'Words to search for (PostgreSQL full-text, English).' }) @IsOptional() @IsString() @MaxLength(1_000) query?: string | null;
  @Field(() => ResourceKindGql, { nullable: true }) @IsOptional() @IsIn(Object.values(ResourceKindGql)) kind?: ResourceKindGql | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) tag?: string | null;
  @Field(() => ResourceAudienceGql, { nullable: true }) @IsOptional() @IsIn(Object.values(ResourceAudienceGql)) audience?: ResourceAudienceGql | null;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50) first: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(10_000) offset: number;
}

// Ceilings against abuse; the precise limits and messages come from libs/resources.
@InputType()
export class ResourceInput {
  @Field() @IsString() @MaxLength(200) slug: string;
  @Field(() => ResourceKindGql) @IsIn(Object.values(ResourceKindGql)) kind: ResourceKindGql;
  @Field(() => ResourceAudienceGql) @IsIn(Object.values(ResourceAudienceGql)) audience: ResourceAudienceGql;
  @Field() @IsString() @MaxLength(1_000) @IsCleanText() title: string;
  @Field() @IsString() @MaxLength(2_000) @IsCleanText() summary: string;
  @Field({ description: 'Markdown.' }) @IsString() @MaxLength(200_000) bodyMd: string;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) tags: string[];
  @Field(() => String, { nullable: true, description: 'The file or recording (http or https).' }) @IsOptional() @IsString() @MaxLength(4_000) linkUrl?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() published: boolean;
}
