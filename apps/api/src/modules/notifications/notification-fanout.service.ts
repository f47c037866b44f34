import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { autoWatchLevel, emailRoute, findMentionedUserIds, planDeliveries, RecipientFacts } from '@confer/libs/notifications';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { ForumReadStateRepository } from './forum-read-state.repository';
import { ForumWatchRepository } from './forum-watch.repository';
import { NotificationAccessService } from './notification-access.service';
import { NotificationInboxService } from './notification-inbox.service';
import { NOTIFICATION_JOB_RETRIES, NOTIFICATION_QUEUES } from './notification-queues';
import { NewNotification, NotificationRepository } from './notification.repository';
import { DEFAULT_EMAIL_MODE, NotificationPreferenceRepository } from './notification-preference.repository';
import type { ForumPostPublished } from './notifications.service';

/**
 * Works the queue of published posts (NotificationsService queues one job per post, in the post's
 * transaction). Turns one published post into notifications: recipients by watch level (libs/notifications),
 * each re-checked with forumPolicy, rows written once per member and post, the live unread count
 * pushed to each member's room, and the email check scheduled in the same transaction as the rows.
 */
@Injectable()
export class NotificationFanoutService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly watches: ForumWatchRepository,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly readStates: ForumReadStateRepository,
    private readonly access: NotificationAccessService,
    private readonly inbox: NotificationInboxService,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ForumPostPublished>(NOTIFICATION_QUEUES.forumPost, (job) => this.fanOut(job.data).then(() => undefined));
  }

  /** Idempotent: running it again for the same post adds nothing. Answers who was newly notified. */
  async fanOut(event: Pick<ForumPostPublished, 'postId' | 'threadId'>): Promise<string[]> {
    const post = await this.notifications.postFacts(event.postId);
    if (!post || post.threadId !== event.threadId) return [];
    // Held or hidden again by the time the job runs: nobody hears about it (approval publishes it anew).
    if (post.postStatus !== 'visible' || post.threadStatus !== 'visible') return [];

    await this.watches.ensureOnThread(post.postAuthorId, post.threadId, autoWatchLevel(post.seq === 1));

    const mentioned = new Set(findMentionedUserIds(post.bodyMd));
    // A post that quotes nobody answers the thread's starter.
    const repliedTo = post.quotedAuthorId ?? (post.seq > 1 ? post.threadAuthorId : null);
    const watchers = await this.watches.forPost(post.threadId, post.categoryId);
    const facts: RecipientFacts[] = watchers.map((w) => ({ ...w, repliedTo: w.userId === repliedTo, mentioned: mentioned.has(w.userId) }));
    const known = new Set(watchers.map((w) => w.userId));
    for (const userId of new Set([...(repliedTo ? [repliedTo] : []), ...mentioned])) {
      if (!known.has(userId)) facts.push({ userId, threadLevel: null, categoryLevel: null, repliedTo: userId === repliedTo, mentioned: mentioned.has(userId) });
    }
    const deliveries = planDeliveries(post.postAuthorId, facts);
    if (deliveries.length === 0) return [];

    const [viewers, categories] = await Promise.all([this.access.viewers(deliveries.map((d) => d.userId)), this.access.categoryMap()]);
    const category = categories.get(post.categoryId);
    const allowed = deliveries.filter((d) => {
      const v = viewers.get(d.userId);
      return v !== undefined && this.access.canSee(v, category, post);
    });
    if (allowed.length === 0) return [];

    const ids = allowed.map((d) => d.userId);
    const modes = await this.preferences.modes(ids);
    const now = this.clock.now();
    const delay = this.config.notifications.emailDelaySeconds;
    const inserted = await this.transactions.run(async (tx) => {
      // Read state under the thread lock: a reader marking the thread read right now is either seen here or waits for this commit.
      await this.notifications.lockThread(post.threadId, tx);
      const lastRead = await this.readStates.lastReadBy(post.threadId, ids, tx);
      const rows: NewNotification[] = allowed.map((d) => {
        const alreadyRead = (lastRead.get(d.userId) ?? 0) >= post.seq;
        const route = emailRoute(modes.get(d.userId) ?? DEFAULT_EMAIL_MODE);
        return {
          userId: d.userId,
          kind: d.kind,
          threadId: post.threadId,
          postId: post.postId,
          email: d.email && !alreadyRead && route !== 'none' ? 'pending' : 'none',
          unsubscribeScope: d.unsubscribeScope,
          readAt: alreadyRead ? now : null,
        };
      });
      const added = await this.notifications.insertMany(rows, tx);
      const emailNow = added.some((r) => r.email === 'pending' && emailRoute(modes.get(r.userId) ?? DEFAULT_EMAIL_MODE) === 'now');
      if (emailNow) {
        await this.jobs.send(NOTIFICATION_QUEUES.email, { postId: post.postId }, {
          tx,
          ...NOTIFICATION_JOB_RETRIES,
          ...(delay > 0 ? { startAfter: new Date(now.getTime() + delay * 1000) } : {}),
        });
      }
      return added;
    });
    if (delay === 0) this.jobs.nudge(NOTIFICATION_QUEUES.email);

    const unread = inserted.filter((r) => r.readAt === null).map((r) => r.userId);
    await this.inbox.publishUnread(unread.map((userId) => ({ userId, viewer: viewers.get(userId)! })), categories);
    return inserted.map((r) => r.userId);
  }
}
