import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isModerator } from '@confer/libs/access';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { ForumAccessService } from './forum-access.service';
import { ForumModerationService } from './forum-moderation.service';
import { ForumPostModel } from './graphql/forum.model';
import { ForumPendingEditModel } from './graphql/forum-pending-edit.model';

@Resolver(() => ForumPostModel)
export class ForumPostResolver {
  constructor(
    private readonly access: ForumAccessService,
    private readonly moderation: ForumModerationService,
  ) {}

  @ResolveField(() => ForumPendingEditModel, {
    nullable: true,
    description: 'An edit of this published post waiting for a moderator (its author and moderators only); readers see the published text until it is approved.',
  })
  async pendingEdit(@Parent() post: ForumPostModel, @Context() ctx: GqlContext): Promise<ForumPendingEditModel | null> {
    // Decided without a query for everyone else: most readers of a page are neither.
    if (!post.author.isYou && !isModerator(await this.access.current(ctx))) return null;
    return this.moderation.pendingEdit(ctx.loaders, post.id);
  }
}
