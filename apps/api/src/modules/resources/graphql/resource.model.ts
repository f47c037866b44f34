import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ResourceKindGql {
  GUIDELINE = 'guideline',
  TEMPLATE = 'template',
  TRAINING = 'training',
  WEBINAR = 'webinar',
  ARTICLE = 'article',
}
registerEnumType(ResourceKindGql, { name: 'ResourceKind', description: 'Guideline, template, training material, webinar recording or article.' });

export enum ResourceAudienceGql {
  PUBLIC = 'public',
  GUEST = 'guest',
  PREMIUM = 'premium',
}
registerEnumType(ResourceAudienceGql, { name: 'ResourceAudience', description: 'Public: anyone. Guest: any signed-in account. Premium: premium members.' });

export enum ResourceAccessGql {
  FULL = 'full',
  PREVIEW = 'preview',
}
registerEnumType(ResourceAccessGql, { name: 'ResourceAccess' });

export enum ResourceInvitationGql {
  SIGN_UP = 'sign_up',
  UPGRADE = 'upgrade',
}
registerEnumType(ResourceInvitationGql, { name: 'ResourceInvitation', description: 'What a preview invites the viewer to do to read the rest.' });

@ObjectType('Resource', { description: 'A library item. Without access: title, summary and first paragraph only, never the body or the file/recording link.' })
export class ResourceModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => ResourceKindGql) kind: ResourceKindGql;
  @Field(() => ResourceAudienceGql) audience: ResourceAudienceGql;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => [String]) tags: string[];
  @Field({ description: 'The first paragraph, as sanitised HTML.' }) previewHtml: string;
  @Field(() => String, { nullable: true, description: 'The whole body as sanitised HTML; null without access.' }) bodyHtml: string | null;
  @Field(() => String, { nullable: true, description: 'The file or recording; null without access.' }) linkUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Staff only: the markdown source, for editing.' }) bodyMd: string | null;
  @Field(() => ResourceAccessGql) access: ResourceAccessGql;
  @Field(() => ResourceInvitationGql, { nullable: true }) invitation: ResourceInvitationGql | null;
  @Field() published: boolean;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() updatedAt: Date;
}

@ObjectType('ResourcePage')
export class ResourcePageModel {
  @Field(() => [ResourceModel]) nodes: ResourceModel[];
  @Field(() => Int, { description: 'How many items match in all.' }) total: number;
}

@ObjectType('ResourceTag')
export class ResourceTagModel {
  @Field() tag: string;
  @Field(() => Int) count: number;
}
