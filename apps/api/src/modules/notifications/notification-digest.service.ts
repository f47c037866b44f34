import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { emailThreadLabel, isDigestDue } from '@confer/libs/notifications';
import { Clock } from '../../core/clock/clock';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { UserRepository } from '../accounts/user.repository';
import { ForumReadStateRepository } from './forum-read-state.repository';
import { NotificationAccessService } from './notification-access.service';
import { NotificationMailer } from './notification-mailer';
import { NOTIFICATION_QUEUES } from './notification-queues';
import { NotificationRepository, PendingRow } from './notification.repository';
import { NotificationPreferenceRepository } from './notification-preference.repository';
import { digestEmail, DigestThread } from './templates/notification-email.template';

const DIGEST_CRON = '*/15 * * * *';

/**
 * Daily and weekly digests: one email summarising, per thread, how many unread posts wait (no post
 * text; no title for confidential threads). A tick every 15 minutes sends the digests whose local
 * morning has come; `sendDigest` sends one member's at once (tests and support use it).
 */
@Injectable()
export class NotificationDigestService implements OnModuleInit {
  private readonly logger = new Logger('NotificationDigest');

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly readStates: ForumReadStateRepository,
    private readonly access: NotificationAccessService,
    private readonly users: UserRepository,
    private readonly mailer: NotificationMailer,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueueService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(NOTIFICATION_QUEUES.digestTick, () => this.runDue().then(() => undefined));
    await this.jobs.schedule(NOTIFICATION_QUEUES.digestTick, DIGEST_CRON, {});
  }

  /** Sends every digest that is due now; answers how many members got one. */
  async runDue(now = this.clock.now()): Promise<number> {
    let sent = 0;
    for (const c of await this.preferences.digestCandidates()) {
      if (!isDigestDue({ mode: c.mode, timeZone: c.timeZone, lastDigestAt: c.lastDigestAt, since: c.updatedAt, now })) continue;
      try {
        if (await this.sendDigest(c.userId, now)) sent += 1;
      } catch (e) {
        // One member's failure must not hold up everyone else's digest; the next tick retries.
        this.logger.error(`digest for ${c.userId} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return sent;
  }

  /** One member's digest now, if they are in a digest mode and anything unread waits. Answers whether one was sent. */
  async sendDigest(userId: string, now = this.clock.now()): Promise<boolean> {
    const sent = await this.transactions.run(async (tx) => {
      const pref = await this.preferences.lockForDigest(userId, tx);
      if (!pref || (pref.mode !== 'daily' && pref.mode !== 'weekly')) return false;
      const pending = await this.notifications.pendingForUser(userId, tx);
      const [viewer, categories, user] = await Promise.all([this.access.viewer(userId), this.access.categoryMap(), this.users.findById(userId)]);
      const lastRead = await this.readStates.lastReadIn(userId, [...new Set(pending.map((n) => n.threadId))]);
      const included: PendingRow[] = [];
      const skipped: string[] = [];
      for (const n of pending) {
        const ok = viewer !== null && this.access.stillPublished(n) && this.access.canSee(viewer, categories.get(n.categoryId), n) && n.readAt === null && (lastRead.get(n.threadId) ?? 0) < n.seq;
        if (ok) included.push(n);
        else skipped.push(n.id);
      }
      const to = user?.emailVerifiedAt ? user.email : null;
      if (included.length > 0 && to) {
        const byThread = new Map<string, DigestThread>();
        for (const n of included) {
          const entry = byThread.get(n.threadId) ?? { thread: emailThreadLabel(n.audience, n.threadTitle), url: this.mailer.threadUrl(n.threadId), posts: 0, forYou: 0 };
          entry.posts += 1;
          if (n.kind !== 'watched') entry.forYou += 1;
          byThread.set(n.threadId, entry);
        }
        const email = digestEmail({ period: pref.mode, threads: [...byThread.values()], links: this.mailer.links(userId, 'all', null) });
        await this.mailer.enqueue(tx, `forum-digest-${pref.mode}`, to, email);
        await this.notifications.setEmailState(included.map((n) => n.id), 'sent', tx);
      } else {
        skipped.push(...included.map((n) => n.id));
      }
      await this.notifications.setEmailState(skipped, 'skipped', tx);
      await this.preferences.markDigested(userId, now, tx);
      return included.length > 0 && to !== null;
    });
    if (sent) this.mailer.nudge();
    return sent;
  }
}
