import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { ForumAccessService } from './forum-access.service';
import { ForumAdminService } from './forum-admin.service';
import { ForumPresenter } from './forum-presenter';
import { ForumGroupModel } from './forum-moderation.resolver';
import { ForumCategoryInput, ForumGroupInput, UpdateForumCategoryInput } from './graphql/forum.input';
import { ForumCategoryModel } from './graphql/forum.model';
import { ForumGroupMemberModel } from './graphql/forum-admin.model';

@Resolver()
export class ForumAdminResolver {
  constructor(
    private readonly admin: ForumAdminService,
    private readonly access: ForumAccessService,
    private readonly presenter: ForumPresenter,
  ) {}

  @Mutation(() => ForumCategoryModel, { description: 'Staff: add a category (public, premium, or private to a group).' })
  async createForumCategory(@Context() ctx: GqlContext, @Args('input') input: ForumCategoryInput): Promise<ForumCategoryModel> {
    const v = await this.access.current(ctx);
    const created = await this.admin.createCategory(v, { ...input, description: input.description?.trim() || null, groupId: input.groupId ?? null, name: input.name.trim() });
    return this.presenter.category(v, created);
  }

  @Mutation(() => ForumCategoryModel, { description: 'Staff: rename, reorder, or change anonymity and pre-moderation.' })
  async updateForumCategory(@Context() ctx: GqlContext, @Args('input') input: UpdateForumCategoryInput): Promise<ForumCategoryModel> {
    const v = await this.access.current(ctx);
    const { id, ...changes } = input;
    const clean = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    return this.presenter.category(v, await this.admin.updateCategory(v, id, clean));
  }

  @Query(() => [ForumGroupMemberModel], { description: 'Staff: the members of a private group, by name.' })
  async forumGroupMembers(@Context() ctx: GqlContext, @Args('groupId', { type: () => ID }, IdPipe) groupId: string): Promise<ForumGroupMemberModel[]> {
    return this.admin.groupMembers(await this.access.current(ctx), groupId);
  }

  @Mutation(() => ForumGroupModel, { description: 'Staff: add a private group (members are added with setForumGroupMember).' })
  async createForumGroup(@Context() ctx: GqlContext, @Args('input') input: ForumGroupInput): Promise<ForumGroupModel> {
    const v = await this.access.current(ctx);
    return this.admin.createGroup(v, { slug: input.slug, name: input.name.trim(), description: input.description?.trim() || null });
  }
}
