import { Injectable, Logger } from '@nestjs/common';
import { isUuid } from '@confer/libs/text';
import type { Tx } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { NOTIFICATION_JOB_RETRIES, NOTIFICATION_QUEUES } from './notification-queues';

/** What the board reports when a post becomes visible to readers (new and visible, or approved). */
export interface ForumPostPublished {
  postId: string;
  threadId: string;
  categoryId: string;
  authorId: string;
  anonymous: boolean;
  quotedPostId?: string | null;
}

/**
 * The board's one door into notifications. A published post becomes one queued job, inserted in the
 * transaction that publishes the post, so it exists exactly when the post does (no lost or phantom
 * notifications); the fan-out (recipients, access checks, rows, live counts, email scheduling) runs in
 * a worker, never inside the poster's request, however many members watch the thread. Publishing the
 * same post twice notifies nobody twice. This class depends on nothing of the board, so the board can
 * import it; the notification center's fan-out service works the queue.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(private readonly jobs: JobQueueService) {}

  /**
   * Call when a post becomes visible. With `tx` (inside the post's transaction) the job is queued in
   * it and errors propagate; call `nudge()` once it has committed. Without `tx` the job is queued at
   * once, errors are logged (never thrown), and the worker is woken.
   */
  async onForumPostPublished(event: ForumPostPublished, tx?: Tx): Promise<void> {
    try {
      if (![event.postId, event.threadId, event.categoryId, event.authorId].every(isUuid)) throw new Error('post, thread, category and author ids are required');
      const data: ForumPostPublished = {
        postId: event.postId.toLowerCase(),
        threadId: event.threadId.toLowerCase(),
        categoryId: event.categoryId.toLowerCase(),
        authorId: event.authorId.toLowerCase(),
        anonymous: event.anonymous,
        quotedPostId: event.quotedPostId?.toLowerCase() ?? null,
      };
      await this.jobs.send(NOTIFICATION_QUEUES.forumPost, data, { ...NOTIFICATION_JOB_RETRIES, ...(tx ? { tx } : {}) });
    } catch (e) {
      if (tx) throw e;
      this.logger.error(`could not queue notifications for post ${String(event.postId)}: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!tx) this.nudge();
  }

  /** Wakes this process's fan-out worker now (after the publishing transaction committed) instead of at its next poll. */
  nudge(): void {
    this.jobs.nudge(NOTIFICATION_QUEUES.forumPost);
  }
}
