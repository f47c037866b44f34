import { Injectable } from '@nestjs/common';
import { ForumCategoryRef, forumPolicy, ForumViewer } from '@confer/libs/access';
import { ForumAccessService } from '../forum/forum-access.service';
import { ForumCategoryRepository } from '../forum/forum-category.repository';
import type { GuardedRow } from './notification.repository';

const VIEWER_CONCURRENCY = 8;

/**
 * Every notification, email and digest asks the board's own questions (ForumAccessService for who a
 * member is, forumPolicy for what they may see) at the moment it is written and again when it is read.
 */
@Injectable()
export class NotificationAccessService {
  constructor(
    private readonly forumAccess: ForumAccessService,
    private readonly categories: ForumCategoryRepository,
  ) {}

  /** Viewers of existing accounts, decided fresh from the database; unknown ids are left out. */
  async viewers(userIds: readonly string[]): Promise<Map<string, ForumViewer>> {
    const out = new Map<string, ForumViewer>();
    const ids = [...new Set(userIds)];
    for (let i = 0; i < ids.length; i += VIEWER_CONCURRENCY) {
      const batch = ids.slice(i, i + VIEWER_CONCURRENCY);
      const resolved = await Promise.all(batch.map((id) => this.forumAccess.forUserId(id)));
      resolved.forEach(({ viewer }, j) => {
        if (viewer.userId === batch[j]) out.set(batch[j], viewer);
      });
    }
    return out;
  }

  async viewer(userId: string): Promise<ForumViewer | null> {
    return (await this.viewers([userId])).get(userId) ?? null;
  }

  /** All categories by id: one read shared by many checks. */
  async categoryMap(): Promise<Map<string, ForumCategoryRef & { id: string }>> {
    return new Map((await this.categories.findAll()).map((c) => [c.id, c]));
  }

  readableCategoryIds(v: ForumViewer, categories: Map<string, ForumCategoryRef & { id: string }>): string[] {
    return [...categories.values()].filter((c) => forumPolicy.canReadCategory(v, c)).map((c) => c.id);
  }

  /** Emails and digests only ever describe posts every reader can see, even to moderators (who could see hidden ones). */
  stillPublished(row: Pick<GuardedRow, 'threadStatus' | 'postStatus'>): boolean {
    return row.threadStatus === 'visible' && row.postStatus === 'visible';
  }

  /** The viewer may see both the thread and the post (the category is read from the thread, so a moved thread counts where it is now). */
  canSee(v: ForumViewer, category: ForumCategoryRef | undefined, row: Pick<GuardedRow, 'threadStatus' | 'threadAuthorId' | 'postStatus' | 'postAuthorId'>): boolean {
    if (!category || !v.userId) return false;
    return (
      forumPolicy.canSeeContent(v, category, { authorId: row.threadAuthorId, status: row.threadStatus }) &&
      forumPolicy.canSeeContent(v, category, { authorId: row.postAuthorId, status: row.postStatus })
    );
  }
}
