import { Injectable, OnModuleInit } from '@nestjs/common';
import { emailRoute, emailThreadLabel } from '@confer/libs/notifications';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { UserRepository } from '../accounts/user.repository';
import { ForumReadStateRepository } from './forum-read-state.repository';
import { NotificationAccessService } from './notification-access.service';
import { NotificationMailer } from './notification-mailer';
import { NOTIFICATION_QUEUES } from './notification-queues';
import { NotificationRepository } from './notification.repository';
import { DEFAULT_EMAIL_MODE, NotificationPreferenceRepository } from './notification-preference.repository';
import { postNotificationEmail } from './templates/notification-email.template';

/**
 * Sends the emails still due for one post, a short while after it was published. Everything is
 * checked again at this moment: the member's email mode, their access (forumPolicy), whether they
 * have read the post meanwhile, and whether an earlier email about this thread is still unread (then
 * this one is skipped, so a busy thread sends one email until the member comes back). The email
 * states and the outbox rows commit together.
 */
@Injectable()
export class NotificationEmailService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly readStates: ForumReadStateRepository,
    private readonly access: NotificationAccessService,
    private readonly users: UserRepository,
    private readonly mailer: NotificationMailer,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueueService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ postId: string }>(NOTIFICATION_QUEUES.email, (job) => this.sendDue(job.data.postId).then(() => undefined));
  }

  /** Answers how many emails were queued. */
  async sendDue(postId: string): Promise<number> {
    const post = await this.notifications.postFacts(postId);
    if (!post) return 0;
    const sent = await this.transactions.run(async (tx) => {
      await this.notifications.lockThread(post.threadId, tx);
      const pending = await this.notifications.pendingForPost(postId, tx);
      if (pending.length === 0) return 0;
      const userIds = pending.map((n) => n.userId);
      const [modes, lastRead, viewers, categories, users] = await Promise.all([
        this.preferences.modes(userIds),
        this.readStates.lastReadBy(post.threadId, userIds),
        this.access.viewers(userIds),
        this.access.categoryMap(),
        this.users.findByIds(userIds),
      ]);
      const addresses = new Map(users.filter((u) => u.emailVerifiedAt !== null).map((u) => [u.id, u.email]));
      const sentIds: string[] = [];
      const skippedIds: string[] = [];
      for (const n of pending) {
        const route = emailRoute(modes.get(n.userId) ?? DEFAULT_EMAIL_MODE);
        if (route === 'digest') continue; // waits for the member's digest
        const lastSeq = lastRead.get(n.userId) ?? 0;
        const viewer = viewers.get(n.userId);
        const to = addresses.get(n.userId);
        const due =
          route === 'now' &&
          to !== undefined &&
          viewer !== undefined &&
          this.access.stillPublished(n) &&
          this.access.canSee(viewer, categories.get(n.categoryId), n) &&
          n.readAt === null &&
          lastSeq < n.seq &&
          !(await this.notifications.hasUnreadEmail(n.userId, n.threadId, lastSeq, tx));
        if (!due) {
          skippedIds.push(n.id);
          continue;
        }
        const email = postNotificationEmail({
          kind: n.kind,
          thread: emailThreadLabel(n.audience, n.threadTitle),
          newThread: n.seq === 1,
          threadUrl: this.mailer.threadUrl(n.threadId),
          links: this.mailer.links(n.userId, n.unsubscribeScope, n.unsubscribeScope === 'category' ? n.categoryId : n.threadId),
        });
        await this.mailer.enqueue(tx, `forum-${n.kind}`, to, email);
        sentIds.push(n.id);
      }
      await this.notifications.setEmailState(sentIds, 'sent', tx);
      await this.notifications.setEmailState(skippedIds, 'skipped', tx);
      return sentIds.length;
    });
    if (sent > 0) this.mailer.nudge();
    return sent;
  }
}
