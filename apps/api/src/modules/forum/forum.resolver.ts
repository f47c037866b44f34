import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { OkResultModel } from '../accounts/graphql/account.model';
import { ForumAccessService } from './forum-access.service';
import { ForumPresenter } from './forum-presenter';
import { ForumService } from './forum.service';
import { ForumToolsService } from './forum-tools.service';
import { CreateForumPostInput, CreateForumThreadInput, EditForumPostInput } from './graphql/forum.input';
import {
  ForumCategoryModel,
  ForumPostConnectionModel,
  ForumPostModel,
  ForumPostResultModel,
  ForumThreadConnectionModel,
  ForumThreadModel,
  ReactionKindGql,
} from './graphql/forum.model';

@Resolver(() => ForumCategoryModel)
export class ForumCategoryResolver {
  constructor(
    private readonly forum: ForumService,
    private readonly access: ForumAccessService,
    private readonly presenter: ForumPresenter,
    private readonly tools: ForumToolsService,
  ) {}

  @Query(() => [ForumCategoryModel], { description: 'The board categories this viewer may read.' })
  async forumCategories(@Context() ctx: GqlContext): Promise<ForumCategoryModel[]> {
    const v = await this.access.current(ctx);
    return (await this.forum.listCategories(v)).map((c) => this.presenter.category(v, c));
  }

  @Query(() => ForumCategoryModel)
  async forumCategory(@Context() ctx: GqlContext, @Args('slug') slug: string): Promise<ForumCategoryModel> {
    const v = await this.access.current(ctx);
    return this.presenter.category(v, await this.forum.categoryBySlug(v, slug.slice(0, 80)));
  }

  @ResolveField(() => Int, { description: 'Threads with posts you have not read yet.' })
  async unreadThreads(@Parent() category: ForumCategoryModel, @Context() ctx: GqlContext): Promise<number> {
    return this.tools.unreadThreadsInCategory(await this.access.current(ctx), ctx.loaders, category.id);
  }

  @ResolveField(() => ForumThreadConnectionModel)
  async threads(
    @Parent() category: ForumCategoryModel,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ForumThreadConnectionModel> {
    const v = await this.access.current(ctx);
    return this.forum.threadPage(v, ctx.loaders, category.id, first, after);
  }
}

@Resolver(() => ForumThreadModel)
export class ForumThreadResolver {
  constructor(
    private readonly forum: ForumService,
    private readonly access: ForumAccessService,
    private readonly presenter: ForumPresenter,
    private readonly tools: ForumToolsService,
  ) {}

  @Query(() => ForumThreadModel)
  async forumThread(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<ForumThreadModel> {
    this.access.prefetchThread(ctx.loaders, id);
    const v = await this.access.current(ctx);
    return (await this.forum.thread(v, ctx.loaders, id)).model;
  }

  @ResolveField(() => ForumPostConnectionModel)
  async posts(
    @Parent() thread: ForumThreadModel,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ForumPostConnectionModel> {
    const v = await this.access.current(ctx);
    return this.forum.postPage(v, ctx.loaders, thread.id, first, after);
  }

  @ResolveField(() => Int, { description: 'Posts by others you have not read yet.' })
  async unreadCount(@Parent() thread: ForumThreadModel, @Context() ctx: GqlContext): Promise<number> {
    return this.tools.unreadInThread(await this.access.current(ctx), ctx.loaders, thread.id);
  }

  @ResolveField(() => Int, { description: 'The last post number you had read when this page loaded ("new since your last visit").' })
  async lastReadSeq(@Parent() thread: ForumThreadModel, @Context() ctx: GqlContext): Promise<number> {
    return this.tools.lastReadSeq(await this.access.current(ctx), ctx.loaders, thread.id);
  }

  @ResolveField(() => ForumCategoryModel)
  async category(@Parent() thread: ForumThreadModel, @Context() ctx: GqlContext): Promise<ForumCategoryModel> {
    const v = await this.access.current(ctx);
    return this.presenter.category(v, await this.access.readableCategory(v, thread.categoryId));
  }

  @Mutation(() => ForumPostResultModel, { description: 'Start a thread. Possible patient identifiers hold it for a moderator or ask for confirmation.' })
  async createForumThread(@Context() ctx: GqlContext, @Args('input') input: CreateForumThreadInput): Promise<ForumPostResultModel> {
    const v = await this.access.current(ctx);
    return this.forum.createThread(v, ctx.loaders, input);
  }

  @Mutation(() => ForumPostResultModel)
  async createForumPost(@Context() ctx: GqlContext, @Args('input') input: CreateForumPostInput): Promise<ForumPostResultModel> {
    const v = await this.access.current(ctx);
    return this.forum.createPost(v, ctx.loaders, input);
  }

  @Mutation(() => ForumPostModel, { description: 'Edit your post (moderators: any post, with a reason). The old text is kept in the history.' })
  async editForumPost(@Context() ctx: GqlContext, @Args('input') input: EditForumPostInput): Promise<ForumPostModel> {
    const v = await this.access.current(ctx);
    return this.forum.editPost(v, ctx.loaders, input);
  }

  @Mutation(() => OkResultModel)
  async deleteForumPost(@Context() ctx: GqlContext, @Args('postId', { type: () => ID }, IdPipe) postId: string): Promise<OkResultModel> {
    const v = await this.access.current(ctx);
    await this.forum.deletePost(v, postId);
    return { ok: true };
  }

  @Mutation(() => ForumPostModel)
  async reactToForumPost(
    @Context() ctx: GqlContext,
    @Args('postId', { type: () => ID }, IdPipe) postId: string,
    @Args('kind', { type: () => ReactionKindGql }) kind: ReactionKindGql,
    @Args('on', { defaultValue: true }) on: boolean,
  ): Promise<ForumPostModel> {
    const v = await this.access.current(ctx);
    return this.forum.react(v, ctx.loaders, postId, kind, on);
  }
}
