import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isUuid } from '@confer/libs/text';
import { CommonException } from '../../core/errors/common.exception';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { ForumAccessService } from '../forum/forum-access.service';
import { ForumWatchModel, MentionCandidateModel, NotificationPreferencesModel } from './graphql/notification.model';
import { SetForumWatchInput, SetNotificationPreferencesInput } from './graphql/notification.input';
import { NotificationSettingsService } from './notification-settings.service';

function optionalId(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isUuid(value)) throw new CommonException('VALIDATION_FAILED', { fields: { [field]: 'Not a valid id.' } }, 'Not a valid id.');
  return value.toLowerCase();
}

@Resolver()
export class NotificationSettingsResolver {
  constructor(
    private readonly settings: NotificationSettingsService,
    private readonly forumAccess: ForumAccessService,
  ) {}

  @Query(() => ForumWatchModel, { description: 'The viewer’s watch level on a thread or a category (give one of the two).' })
  async forumWatch(
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID, nullable: true }) threadId: string | null,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId: string | null,
  ): Promise<ForumWatchModel> {
    const v = await this.forumAccess.current(ctx);
    return this.settings.watch(v, { threadId: optionalId(threadId, 'threadId'), categoryId: optionalId(categoryId, 'categoryId') });
  }

  @Mutation(() => ForumWatchModel)
  async setForumWatch(@Context() ctx: GqlContext, @Args('input') input: SetForumWatchInput): Promise<ForumWatchModel> {
    const v = await this.forumAccess.current(ctx);
    return this.settings.setWatch(v, { threadId: input.threadId ?? null, categoryId: input.categoryId ?? null }, input.level);
  }

  @Query(() => NotificationPreferencesModel)
  async notificationPreferences(@Context() ctx: GqlContext): Promise<NotificationPreferencesModel> {
    return { emailMode: await this.settings.emailMode(await this.forumAccess.current(ctx)) };
  }

  @Mutation(() => NotificationPreferencesModel)
  async setNotificationPreferences(@Context() ctx: GqlContext, @Args('input') input: SetNotificationPreferencesInput): Promise<NotificationPreferencesModel> {
    return { emailMode: await this.settings.setEmailMode(await this.forumAccess.current(ctx), input.emailMode) };
  }

  @Query(() => [MentionCandidateModel], { description: 'Members who wrote named posts in a thread, to mention there.' })
  async forumMentionCandidates(
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
    @Args('search', { defaultValue: '' }) search: string,
  ): Promise<MentionCandidateModel[]> {
    return this.settings.mentionCandidates(await this.forumAccess.current(ctx), threadId, search);
  }
}
