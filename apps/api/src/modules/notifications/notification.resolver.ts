import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { ForumAccessService } from '../forum/forum-access.service';
import { NotificationConnectionModel, ForumThreadReadStateModel, UnreadNotificationsModel } from './graphql/notification.model';
import { MarkNotificationsReadInput } from './graphql/notification.input';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationsException } from './notifications.exception';

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly forumAccess: ForumAccessService,
  ) {}

  @Query(() => NotificationConnectionModel, { description: 'The viewer’s notifications, newest first; only what they may still see.' })
  async notifications(
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnectionModel> {
    return this.inbox.page(await this.forumAccess.current(ctx), first, after ? after.slice(0, 200) : null);
  }

  @Query(() => Int, { description: 'Unread notifications the viewer may still see (counted up to 1000).' })
  async unreadNotificationCount(@Context() ctx: GqlContext): Promise<number> {
    return this.inbox.unreadCount(await this.forumAccess.current(ctx));
  }

  @Mutation(() => UnreadNotificationsModel, { description: 'Mark some of your notifications read, or all of them.' })
  async markNotificationsRead(@Context() ctx: GqlContext, @Args('input') input: MarkNotificationsReadInput): Promise<UnreadNotificationsModel> {
    const v = await this.forumAccess.current(ctx);
    if (!input.all && !input.ids?.length) throw new NotificationsException('NOTHING_TO_MARK');
    return { count: await this.inbox.markRead(v, input.all ? null : input.ids!) };
  }

  @Mutation(() => ForumThreadReadStateModel, { description: 'The viewer has seen a thread up to post number `seq` (it only moves forward).' })
  async markForumThreadRead(
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
    @Args('seq', { type: () => Int }) seq: number,
  ): Promise<ForumThreadReadStateModel> {
    return this.inbox.markThreadRead(await this.forumAccess.current(ctx), threadId, seq);
  }
}
