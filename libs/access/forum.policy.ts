import { isModerator, isPremium, isSignedIn } from './viewer.rule';
import type { Viewer } from './viewer.types';

export type ForumAudience = 'public' | 'premium' | 'group';
export type ForumContentStatus = 'visible' | 'held' | 'hidden' | 'deleted';

/** A viewer on the board also carries the private groups they belong to. */
export interface ForumViewer extends Viewer {
  groupIds: readonly string[];
  /** Suspended by a moderator: may read, may not post or react until it ends. */
  suspended?: boolean;
}

export interface ForumCategoryRef {
  audience: ForumAudience;
  groupId: string | null;
}

export interface ForumContentRef {
  authorId: string;
  status: ForumContentStatus;
}

/**
 * Who may see and do what on the board. Every read path (pages, lists, search, realtime rooms,
 * notifications, emails) asks these questions; nothing else decides.
 */
export const forumPolicy = {
  /** Public samples: anyone. Premium board: premium members. A group: its members. Moderators: all. */
  canReadCategory(v: ForumViewer, c: ForumCategoryRef): boolean {
    if (isModerator(v)) return true;
    switch (c.audience) {
      case 'public':
        return true;
      case 'premium':
        return isPremium(v);
      case 'group':
        return isSignedIn(v) && c.groupId !== null && v.groupIds.includes(c.groupId);
      default:
        return false;
    }
  },

  /** Writing needs a verified address and, outside groups, premium membership (guests only read samples). */
  canPostInCategory(v: ForumViewer, c: ForumCategoryRef): boolean {
    if (!isSignedIn(v) || !v.emailVerified || v.suspended === true) return false;
    if (isModerator(v)) return true;
    if (!forumPolicy.canReadCategory(v, c)) return false;
    return c.audience === 'group' || isPremium(v);
  },

  /** Held content is seen by its author (to know why) and moderators; hidden and deleted by moderators only. */
  canSeeContent(v: ForumViewer, c: ForumCategoryRef, item: ForumContentRef): boolean {
    if (!forumPolicy.canReadCategory(v, c)) return false;
    if (item.status === 'visible') return true;
    if (isModerator(v)) return true;
    return item.status === 'held' && isSignedIn(v) && v.userId === item.authorId;
  },

  /** Authors edit their own visible or held posts; moderators edit any (with a reason). */
  canEditContent(v: ForumViewer, c: ForumCategoryRef, item: ForumContentRef): boolean {
    if (!forumPolicy.canSeeContent(v, c, item)) return false;
    if (isModerator(v)) return true;
    return v.userId === item.authorId && (item.status === 'visible' || item.status === 'held') && forumPolicy.canPostInCategory(v, c);
  },

  canModerate(v: Viewer): boolean {
    return isModerator(v);
  },

  /** Edit history: the author and moderators. */
  canSeeHistory(v: ForumViewer, c: ForumCategoryRef, item: ForumContentRef): boolean {
    return forumPolicy.canSeeContent(v, c, item) && (isModerator(v) || v.userId === item.authorId);
  },
};
