import { Injectable } from '@nestjs/common';
import type { ForumViewer } from '@confer/libs/access';
import { EmailMode, effectiveWatch, mentionMarkdown, WatchLevel } from '@confer/libs/notifications';
import { UserRepository } from '../accounts/user.repository';
import { ForumAccessService } from '../forum/forum-access.service';
import { ForumWatchRepository, WatchTarget } from './forum-watch.repository';
import type { EmailModeGql, ForumWatchModel, MentionCandidateModel, WatchLevelGql, WatchSourceGql } from './graphql/notification.model';
import { NotificationRepository } from './notification.repository';
import { NotificationPreferenceRepository } from './notification-preference.repository';
import { NotificationsException } from './notifications.exception';
import type { UnsubscribeGrant } from './unsubscribe-token.signer';

const isDigest = (m: EmailMode) => m === 'daily' || m === 'weekly';

/** Watch levels, the email mode, mention candidates, and what an unsubscribe link changes. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly watches: ForumWatchRepository,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly notifications: NotificationRepository,
    private readonly forumAccess: ForumAccessService,
    private readonly users: UserRepository,
  ) {}

  private requireSignedIn(v: ForumViewer): string {
    if (!v.userId) throw new NotificationsException('SIGN_IN_REQUIRED');
    return v.userId;
  }

  /** The thread (with its category) or category, if the viewer may read it; otherwise not found. */
  private async readableTarget(v: ForumViewer, target: { threadId?: string | null; categoryId?: string | null }): Promise<{ threadId: string | null; categoryId: string }> {
    if (Boolean(target.threadId) === Boolean(target.categoryId)) throw new NotificationsException('INVALID_TARGET');
    if (target.threadId) {
      const { thread } = await this.forumAccess.readableThread(v, target.threadId.toLowerCase());
      return { threadId: thread.id, categoryId: thread.categoryId };
    }
    const category = await this.forumAccess.readableCategory(v, target.categoryId!.toLowerCase());
    return { threadId: null, categoryId: category.id };
  }

  async watch(v: ForumViewer, target: { threadId?: string | null; categoryId?: string | null }): Promise<ForumWatchModel> {
    const userId = this.requireSignedIn(v);
    const { threadId, categoryId } = await this.readableTarget(v, target);
    const levels = await this.watches.levels(userId, threadId, categoryId);
    const { level, source } = threadId ? effectiveWatch(levels.threadLevel, levels.categoryLevel) : effectiveWatch(null, levels.categoryLevel);
    return { threadId, categoryId: threadId ? null : categoryId, level: level as WatchLevelGql, source: source as WatchSourceGql };
  }

  async setWatch(v: ForumViewer, target: { threadId?: string | null; categoryId?: string | null }, level: WatchLevel): Promise<ForumWatchModel> {
    const userId = this.requireSignedIn(v);
    const { threadId, categoryId } = await this.readableTarget(v, target);
    await this.watches.set(userId, threadId ? { threadId } : { categoryId }, level);
    return this.watch(v, target);
  }

  async emailMode(v: ForumViewer): Promise<EmailModeGql> {
    return (await this.preferences.mode(this.requireSignedIn(v))) as EmailModeGql;
  }

  async setEmailMode(v: ForumViewer, mode: EmailMode): Promise<EmailModeGql> {
    await this.applyEmailMode(this.requireSignedIn(v), mode);
    return mode as EmailModeGql;
  }

  private async applyEmailMode(userId: string, mode: EmailMode): Promise<void> {
    const previous = await this.preferences.setMode(userId, mode);
    // Leaving a digest: what waited for it is not sent later as a burst (it stays in the app).
    if (isDigest(previous) && !isDigest(mode)) await this.notifications.skipPendingForUser(userId);
  }

  /** Named participants of a thread the viewer may read, with the markdown that mentions them. */
  async mentionCandidates(v: ForumViewer, threadId: string, search: string): Promise<MentionCandidateModel[]> {
    this.requireSignedIn(v);
    const { thread } = await this.forumAccess.readableThread(v, threadId);
    const rows = await this.notifications.mentionCandidates(thread.id, search.trim().slice(0, 80), 10);
    return rows.filter((r) => r.id !== v.userId).map((r) => ({ userId: r.id, displayName: r.displayName, markdown: mentionMarkdown(r.displayName, r.id) }));
  }

  /**
   * What a signed unsubscribe link does: a thread or category drops to "tracking" (still in the app,
   * never by email; a muted one stays muted); "all" turns board emails off. Repeating it changes nothing more.
   */
  async unsubscribe(grant: UnsubscribeGrant): Promise<void> {
    if (!(await this.users.findById(grant.userId))) return;
    if (grant.scope === 'all') return this.applyEmailMode(grant.userId, 'off');
    const target: WatchTarget = grant.scope === 'thread' ? { threadId: grant.targetId! } : { categoryId: grant.targetId! };
    // The thread or category may have been deleted since: nothing left to unsubscribe from.
    await this.watches.stopEmails(grant.userId, target).catch((e: { code?: string }) => {
      if (e?.code !== '23503') throw e;
    });
  }
}
