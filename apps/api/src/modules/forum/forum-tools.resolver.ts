import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { OkResultModel } from '../accounts/graphql/account.model';
import { ForumAccessService } from './forum-access.service';
import { ForumToolsService } from './forum-tools.service';
import { ForumThreadModel } from './graphql/forum.model';
import { FlagForumPostInput, FlagReasonGql, ForumDraftModel, ForumFlagModel, ForumPostRevisionModel, ForumSearchResultModel } from './graphql/forum-tools.model';

@Resolver()
export class ForumToolsResolver {
  constructor(
    private readonly tools: ForumToolsService,
    private readonly access: ForumAccessService,
  ) {}

  @Query(() => ForumDraftModel, { nullable: true, description: 'Your saved draft for "thread:<id>" or "category:<id>".' })
  async forumDraft(@Context() ctx: GqlContext, @Args('scope') scope: string): Promise<ForumDraftModel | null> {
    const draft = await this.tools.draft(await this.access.current(ctx), scope.slice(0, 80));
    return draft ? { title: draft.title, body: draft.body_md, updatedAt: draft.updated_at } : null;
  }

  @Mutation(() => Date, { description: 'Saves (or, when empty, clears) your draft as you type.' })
  async saveForumDraft(
    @Context() ctx: GqlContext,
    @Args('scope') scope: string,
    @Args('body') body: string,
    @Args('title', { type: () => String, nullable: true }) title: string | null,
  ): Promise<Date> {
    return this.tools.saveDraft(await this.access.current(ctx), scope.slice(0, 80), title, body);
  }

  @Mutation(() => OkResultModel, { description: 'Flag a post for the moderators.' })
  async flagForumPost(@Context() ctx: GqlContext, @Args('input') input: FlagForumPostInput): Promise<OkResultModel> {
    await this.tools.flag(await this.access.current(ctx), input.postId, input.reason, input.note ?? null);
    return { ok: true };
  }

  @Query(() => [ForumFlagModel], { description: 'Moderators: open flags, oldest first.' })
  async moderationFlags(@Context() ctx: GqlContext): Promise<ForumFlagModel[]> {
    const flags = await this.tools.openFlags(await this.access.current(ctx), ctx.loaders);
    return flags.map(({ flag, post }) => ({ id: flag.id, reason: flag.reason as FlagReasonGql, note: flag.note, createdAt: flag.created_at, post }));
  }

  @Mutation(() => ForumThreadModel, { description: 'The thread’s author marks the reply that helped (null clears it).' })
  async markForumAnswer(
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
    @Args('postId', { type: () => ID, nullable: true }) postId: string | null,
  ): Promise<ForumThreadModel> {
    const id = postId === null ? null : new IdPipe().transform(postId);
    return this.tools.markAnswer(await this.access.current(ctx), ctx.loaders, threadId, id);
  }

  @Query(() => [ForumPostRevisionModel], { description: 'Earlier versions of a post (its author and moderators).' })
  async forumPostHistory(@Context() ctx: GqlContext, @Args('postId', { type: () => ID }, IdPipe) postId: string): Promise<ForumPostRevisionModel[]> {
    const revisions = await this.tools.history(await this.access.current(ctx), postId);
    return revisions.map((r) => ({ id: r.id, bodyMd: r.bodyMd, reason: r.reason, createdAt: r.createdAt }));
  }

  @Query(() => [ForumSearchResultModel], { description: 'Full-text search over what you may read.' })
  async forumSearch(
    @Context() ctx: GqlContext,
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<ForumSearchResultModel[]> {
    return this.tools.search(await this.access.current(ctx), ctx.loaders, query.slice(0, 500), first);
  }
}
