import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { ResourceFilterInput, ResourceInput } from './graphql/resource.input';
import {
  ResourceAccessGql,
  ResourceAudienceGql,
  ResourceInvitationGql,
  ResourceKindGql,
  ResourceModel,
  ResourcePageModel,
  ResourceTagModel,
} from './graphql/resource.model';
import { PresentedResource, ResourceDraft, ResourcesService } from './resources.service';

const toModel = (r: PresentedResource): ResourceModel => ({
  ...r,
  kind: r.kind as ResourceKindGql,
  audience: r.audience as ResourceAudienceGql,
  access: r.access as ResourceAccessGql,
  invitation: r.invitation as ResourceInvitationGql | null,
});

const draft = (i: ResourceInput): ResourceDraft => ({
  slug: i.slug,
  kind: i.kind,
  audience: i.audience,
  title: i.title,
  summary: i.summary,
  bodyMd: i.bodyMd,
  tags: i.tags,
  linkUrl: i.linkUrl ?? null,
});

@Resolver(() => ResourceModel)
export class ResourceResolver {
  constructor(
    private readonly service: ResourcesService,
    private readonly memberships: MembershipService,
  ) {}

  private async viewer(ctx: GqlContext) {
    return (await this.memberships.current(ctx)).viewer;
  }

  @Query(() => ResourcePageModel, { description: 'The library: every published item (a preview where the viewer has no access), filtered and searched.' })
  async resources(@Context() ctx: GqlContext, @Args('filter', { type: () => ResourceFilterInput, nullable: true }) filter: ResourceFilterInput): Promise<ResourcePageModel> {
    const f = filter ?? { first: 20, offset: 0 };
    const page = await this.service.list(await this.viewer(ctx), {
      query: f.query ?? null,
      kind: f.kind ?? null,
      tag: f.tag ?? null,
      audience: f.audience ?? null,
      limit: f.first ?? 20,
      offset: f.offset ?? 0,
    });
    return { nodes: page.nodes.map(toModel), total: page.total };
  }

  @Query(() => ResourceModel)
  async resource(@Context() ctx: GqlContext, @Args('slug') slug: string): Promise<ResourceModel> {
    return toModel(await this.service.bySlug(await this.viewer(ctx), slug));
  }

  @Query(() => [ResourceTagModel], { description: 'Tags of published items, most used first.' })
  resourceTags(): Promise<ResourceTagModel[]> {
    return this.service.tags();
  }

  @Mutation(() => ResourceModel, { description: 'Staff: add an item to the library.' })
  async createResource(@Context() ctx: GqlContext, @Args('input') input: ResourceInput): Promise<ResourceModel> {
    return toModel(await this.service.create(await this.viewer(ctx), draft(input), input.published));
  }

  @Mutation(() => ResourceModel, { description: 'Staff: change an item (publication is changed with setResourcePublished).' })
  async updateResource(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: ResourceInput): Promise<ResourceModel> {
    return toModel(await this.service.update(await this.viewer(ctx), id, draft(input)));
  }

  @Mutation(() => ResourceModel, { description: 'Staff: publish or unpublish (unpublished items are seen by staff only).' })
  async setResourcePublished(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('published') published: boolean): Promise<ResourceModel> {
    return toModel(await this.service.setPublished(await this.viewer(ctx), id, published));
  }
}
