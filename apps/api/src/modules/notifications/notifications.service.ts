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
  seq: number;
  authorId: string;
  anonymous: boolean;
  quotedPostId?: string | null;
}

type Handler = (event: ForumPostPublished) => Promise<unknown>;

/** If the fan-out does not finish (error, crash), the queued job does it after this long, with retries. */
const SAFETY_NET_SECONDS = 60;

/**
 * The board's one door into notifications. The fan-out (recipients, access checks, rows, live
 * counts, email scheduling) runs at once, so a member sees their bell move while the poster's
 * request completes; a job queued first is the safety net that redoes it if it fails. Publishing
 * the same post twice notifies nobody twice. This class depends on nothing of the board, so the
 * board can import it; the notification center registers the handler at start-up.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');
  private handler: Handler | null = null;

  constructor(private readonly jobs: JobQueueService) {}

  /** Called once by the notification center. */
  useHandler(handler: Handler): void {
    this.handler = handler;
  }

  /**
   * Call after a post becomes visible. Never throws without `tx`: a failure is logged and retried
   * by the queue. With `tx` (you are still inside the post's transaction) only the job is queued,
   * in that transaction, and errors propagate; the worker picks it up once the post commits.
   */
  async onForumPostPublished(event: ForumPostPublished, tx?: Tx): Promise<void> {
    let jobId: string | null = null;
    let data: ForumPostPublished;
    try {
      if (![event.postId, event.threadId, event.categoryId, event.authorId].every(isUuid)) throw new Error('post, thread, category and author ids are required');
      data = {
        postId: event.postId.toLowerCase(),
        threadId: event.threadId.toLowerCase(),
        categoryId: event.categoryId.toLowerCase(),
        seq: event.seq,
        authorId: event.authorId.toLowerCase(),
        anonymous: event.anonymous,
        quotedPostId: event.quotedPostId?.toLowerCase() ?? null,
      };
      if (tx) {
        await this.jobs.send(NOTIFICATION_QUEUES.forumPost, data, { ...NOTIFICATION_JOB_RETRIES, tx });
        return;
      }
      const safetyNet = this.handler ? { startAfter: new Date(Date.now() + SAFETY_NET_SECONDS * 1000) } : {};
      jobId = await this.jobs.send(NOTIFICATION_QUEUES.forumPost, data, { ...NOTIFICATION_JOB_RETRIES, ...safetyNet });
    } catch (e) {
      if (tx) throw e;
      this.logger.error(`could not queue notifications for post ${String(event.postId)}: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!this.handler) {
      // No notification center in this process: the worker that has one does it all.
      this.jobs.nudge(NOTIFICATION_QUEUES.forumPost);
      return;
    }
    try {
      await this.handler(data);
      if (jobId) await this.jobs.cancel(NOTIFICATION_QUEUES.forumPost, jobId);
    } catch (e) {
      this.logger.error(`notifications for post ${data.postId} failed, the queue will retry: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
