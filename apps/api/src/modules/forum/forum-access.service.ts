import { Injectable } from '@nestjs/common';
import { forumPolicy, ForumViewer, isModerator } from '@confer/libs/access';
import type { GqlContext } from '../../core/graphql/graphql-context';
import type { RequestLoaders } from '../../core/loaders/request-loaders';
import { MembershipService } from '../accounts/membership.service';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';
import { ForumCategoryRepository } from './forum-category.repository';
import { ForumException } from './forum.exception';
import { ForumExtrasRepository } from './forum-extras.repository';
import { AuthorFacts, ForumThreadRepository } from './forum-thread.repository';

export interface ReadableThread {
  thread: ForumThreadEntity;
  category: ForumCategoryEntity;
  author: AuthorFacts;
}

export interface ResolvedForumViewer {
  viewer: ForumViewer;
  /** When the viewer's premium membership ends (null: open-ended or not premium). */
  validUntil: Date | null;
}

/**
 * The board's one gate: resolves who is asking (membership decided on the server, plus private
 * groups) and loads things only through forumPolicy. Not-allowed answers exactly like not-found.
 */
@Injectable()
export class ForumAccessService {
  constructor(
    private readonly memberships: MembershipService,
    private readonly categories: ForumCategoryRepository,
    private readonly threads: ForumThreadRepository,
    private readonly extras: ForumExtrasRepository,
  ) {}

  async forUserId(userId: string | undefined | null): Promise<ResolvedForumViewer> {
    // Membership and the board's own facts (groups, suspension) are independent reads: one round trip's wait.
    const [resolved, { groupIds, suspended }] = await Promise.all([
      this.memberships.viewerForUserId(userId ?? undefined),
      userId ? this.extras.viewerFacts(userId) : Promise.resolve({ groupIds: [] as string[], suspended: false }),
    ]);
    if (!resolved.user) return { viewer: { ...resolved.viewer, groupIds: [], suspended: false }, validUntil: null };
    return { viewer: { ...resolved.viewer, groupIds, suspended }, validUntil: resolved.membership.validUntil };
  }

  current(ctx: GqlContext): Promise<ForumViewer> {
    return ctx.loaders.memo('forumViewer', async () => (await this.forUserId(ctx.req.session?.userId)).viewer);
  }

  async readableCategoryIds(v: ForumViewer): Promise<string[]> {
    return (await this.categories.findAll()).filter((c) => forumPolicy.canReadCategory(v, c)).map((c) => c.id);
  }

  sqlViewer(v: ForumViewer): { userId: string | null; moderator: boolean } {
    return { userId: v.userId, moderator: isModerator(v) };
  }

  async readableCategory(v: ForumViewer, categoryId: string): Promise<ForumCategoryEntity> {
    const category = await this.categories.findById(categoryId);
    if (!category || !forumPolicy.canReadCategory(v, category)) throw new ForumException('CATEGORY_NOT_FOUND');
    return category;
  }

  /** readableThread, memoised for one GraphQL request (a thread and its posts field ask twice). */
  readableThreadIn(loaders: RequestLoaders, v: ForumViewer, threadId: string): Promise<ReadableThread> {
    return loaders.memo(`readableThread:${threadId}`, async () => this.visibleOrNotFound(v, await this.threadRowIn(loaders, threadId)));
  }

  /**
   * Starts reading a thread's row while the viewer is still being resolved: the row does not depend
   * on who asks, and readableThreadIn still decides whether they may see it.
   */
  prefetchThread(loaders: RequestLoaders, threadId: string): void {
    this.threadRowIn(loaders, threadId).catch(() => undefined);
  }

  private threadRowIn(loaders: RequestLoaders, threadId: string): Promise<ReadableThread | null> {
    return loaders.memo(`threadRow:${threadId}`, () => this.threads.findWithCategory(threadId));
  }

  /** A thread the viewer may see, with its category and how its author appears (one statement). */
  async readableThread(v: ForumViewer, threadId: string): Promise<ReadableThread> {
    return this.visibleOrNotFound(v, await this.threads.findWithCategory(threadId));
  }

  private visibleOrNotFound(v: ForumViewer, found: ReadableThread | null): ReadableThread {
    if (!found || !forumPolicy.canSeeContent(v, found.category, found.thread)) throw new ForumException('THREAD_NOT_FOUND');
    return found;
  }

  canSeePost(v: ForumViewer, category: ForumCategoryEntity, thread: ForumThreadEntity, post: ForumPostEntity): boolean {
    return forumPolicy.canSeeContent(v, category, thread) && forumPolicy.canSeeContent(v, category, post);
  }

  requireSignedIn(v: ForumViewer): string {
    if (!v.userId) throw new ForumException('SIGN_IN_REQUIRED');
    return v.userId;
  }
}
