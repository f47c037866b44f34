import { Args, Context, ID, Mutation, ObjectType, Field, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { OkResultModel } from '../accounts/graphql/account.model';
import { ForumAccessService } from './forum-access.service';
import { ForumModerationService } from './forum-moderation.service';
import { DismissForumFlagsInput, ModerateForumPostInput } from './graphql/forum.input';
import { ForumPostModel, ModerationActionModel } from './graphql/forum.model';

@ObjectType('RevealedAuthor')
export class RevealedAuthorModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
}

@ObjectType('ForumGroup')
export class ForumGroupModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
}

@Resolver()
export class ForumModerationResolver {
  constructor(
    private readonly moderation: ForumModerationService,
    private readonly access: ForumAccessService,
  ) {}

  @Query(() => [ForumPostModel], { description: 'Moderators: posts held for review, oldest first.' })
  async moderationQueue(@Context() ctx: GqlContext): Promise<ForumPostModel[]> {
    return this.moderation.queue(await this.access.current(ctx), ctx.loaders);
  }

  @Query(() => [ModerationActionModel], { description: 'Moderators: who did what, when and why.' })
  async moderationLog(@Context() ctx: GqlContext): Promise<ModerationActionModel[]> {
    return this.moderation.log(await this.access.current(ctx));
  }

  @Mutation(() => ForumPostModel, { description: 'Moderators: approve, hide, delete or restore a post; approve or reject (REJECT_EDIT) an edit waiting for review. A reason is required except to approve.' })
  async moderateForumPost(@Context() ctx: GqlContext, @Args('input') input: ModerateForumPostInput): Promise<ForumPostModel> {
    return this.moderation.decide(await this.access.current(ctx), ctx.loaders, input.postId, input.decision, input.reason ?? null);
  }

  @Mutation(() => OkResultModel, { description: 'Moderators: settle the open flags of a post without acting on it (logged, with an optional reason).' })
  async dismissForumFlags(@Context() ctx: GqlContext, @Args('input') input: DismissForumFlagsInput): Promise<OkResultModel> {
    await this.moderation.dismissFlags(await this.access.current(ctx), input.postId.toLowerCase(), input.reason ?? null);
    return { ok: true };
  }

  @Mutation(() => OkResultModel, { description: 'Moderators: lock or pin a thread.' })
  async setForumThreadFlags(
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
    @Args('locked', { type: () => Boolean, nullable: true }) locked: boolean | null,
    @Args('pinned', { type: () => Boolean, nullable: true }) pinned: boolean | null,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<OkResultModel> {
    const flags: { locked?: boolean; pinned?: boolean } = {};
    // Arguments not sent arrive as undefined: only booleans are changes.
    if (typeof locked === 'boolean') flags.locked = locked;
    if (typeof pinned === 'boolean') flags.pinned = pinned;
    await this.moderation.setThreadFlags(await this.access.current(ctx), threadId, flags, reason?.slice(0, 500) ?? null);
    return { ok: true };
  }

  @Query(() => [ForumGroupModel], { description: 'Staff: private groups of the board.' })
  async forumGroups(@Context() ctx: GqlContext): Promise<ForumGroupModel[]> {
    return this.moderation.groups(await this.access.current(ctx));
  }

  @Mutation(() => OkResultModel, { description: 'Staff: add a member to a private group or remove them (their access ends at once).' })
  async setForumGroupMember(
    @Context() ctx: GqlContext,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('member') member: boolean,
  ): Promise<OkResultModel> {
    await this.moderation.setGroupMember(await this.access.current(ctx), groupId, userId, member);
    return { ok: true };
  }

  @Mutation(() => OkResultModel, { description: 'Moderators: move a thread to another category (logged with the reason).' })
  async moveForumThread(
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
    @Args('categoryId', { type: () => ID }, IdPipe) categoryId: string,
    @Args('reason') reason: string,
  ): Promise<OkResultModel> {
    await this.moderation.moveThread(await this.access.current(ctx), threadId, categoryId, reason.slice(0, 500));
    return { ok: true };
  }

  @Mutation(() => OkResultModel, { description: 'Moderators: send a member a private warning by email (logged).' })
  async warnForumMember(
    @Context() ctx: GqlContext,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('reason') reason: string,
  ): Promise<OkResultModel> {
    await this.moderation.warn(await this.access.current(ctx), userId, reason.slice(0, 1000));
    return { ok: true };
  }

  @Mutation(() => OkResultModel, { description: 'Moderators: pause a member’s posting until a date (null lifts it); they can still read.' })
  async suspendForumMember(
    @Context() ctx: GqlContext,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('until', { type: () => Date, nullable: true }) until: Date | null,
    @Args('reason') reason: string,
  ): Promise<OkResultModel> {
    await this.moderation.suspend(await this.access.current(ctx), userId, until ?? null, reason.slice(0, 1000));
    return { ok: true };
  }

  @Mutation(() => RevealedAuthorModel, { description: 'Moderators: see who wrote an anonymous post. Logged with the reason; the author is told.' })
  async revealAnonymousAuthor(
    @Context() ctx: GqlContext,
    @Args('postId', { type: () => ID }, IdPipe) postId: string,
    @Args('reason') reason: string,
  ): Promise<RevealedAuthorModel> {
    return this.moderation.revealAuthor(await this.access.current(ctx), postId, reason.slice(0, 500));
  }
}
