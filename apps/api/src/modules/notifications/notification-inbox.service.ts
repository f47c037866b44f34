import { Injectable, OnModuleInit } from '@nestjs/common';
import type { ForumCategoryRef, ForumViewer } from '@confer/libs/access';
import { plainExcerpt } from '@confer/libs/notifications';
import { isUuid } from '@confer/libs/text';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { userRoom, RealtimeGateway } from '../../core/realtime/realtime.gateway';
import { ForumAccessService } from '../forum/forum-access.service';
import { ForumReadStateRepository } from './forum-read-state.repository';
import type { NotificationConnectionModel, NotificationKindGql, ForumThreadReadStateModel, NotificationModel } from './graphql/notification.model';
import { NotificationAccessService } from './notification-access.service';
import { NotificationRepository } from './notification.repository';
import { NotificationsException } from './notifications.exception';

export const UNREAD_EVENT = 'notifications:unread';
/** The bell shows "99+" long before this; counting further would only cost time. */
const UNREAD_SCAN_LIMIT = 1000;
const MAX_PAGE = 50;
const PUBLISH_CONCURRENCY = 8;

type Categories = Map<string, ForumCategoryRef & { id: string }>;

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof at === 'string' && isUuid(id) && !Number.isNaN(createdAt.getTime())) return { createdAt, id };
  } catch {
    /* fall through */
  }
  throw new NotificationsException('INVALID_CURSOR');
}

/**
 * The member's side: the list, the unread count, marking read. Each item is re-checked against
 * forumPolicy when read, so a post or thread that became invisible to the member (hidden, deleted,
 * membership ended, removed from a group) simply disappears from the list and the count.
 */
@Injectable()
export class NotificationInboxService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly readStates: ForumReadStateRepository,
    private readonly access: NotificationAccessService,
    private readonly forumAccess: ForumAccessService,
    private readonly realtime: RealtimeGateway,
    private readonly transactions: TransactionRunner,
  ) {}

  onModuleInit(): void {
    // Access shrank (membership ended, role removed): items the member can no longer see leave the count at once.
    this.realtime.onAccessChanged(async (userId) => {
      const viewer = await this.access.viewer(userId);
      if (viewer) await this.publishUnread([{ userId, viewer }]);
    });
  }

  requireSignedIn(v: ForumViewer): string {
    if (!v.userId) throw new NotificationsException('SIGN_IN_REQUIRED');
    return v.userId;
  }

  async page(v: ForumViewer, first: number, after: string | null): Promise<NotificationConnectionModel> {
    const userId = this.requireSignedIn(v);
    const limit = Math.min(Math.max(first, 1), MAX_PAGE);
    const cursor = after ? decodeCursor(after) : null;
    const categories = await this.access.categoryMap();
    const rows = await this.notifications.page(userId, this.access.readableCategoryIds(v, categories), cursor, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nodes: NotificationModel[] = page
      .filter((r) => this.access.canSee(v, categories.get(r.categoryId), r))
      .map((r) => ({
        id: r.id,
        kind: r.kind as NotificationKindGql,
        threadId: r.threadId,
        postId: r.postId,
        postSeq: r.seq,
        threadTitle: r.threadTitle,
        actorName: r.actorName,
        excerpt: plainExcerpt(r.bodyMd),
        readAt: r.readAt,
        createdAt: r.createdAt,
      }));
    return { nodes, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
  }

  async unreadCount(v: ForumViewer, categories?: Categories): Promise<number> {
    const userId = this.requireSignedIn(v);
    const all = categories ?? (await this.access.categoryMap());
    const rows = await this.notifications.unread(userId, this.access.readableCategoryIds(v, all), UNREAD_SCAN_LIMIT);
    return rows.filter((r) => this.access.canSee(v, all.get(r.categoryId), r)).length;
  }

  async markRead(v: ForumViewer, ids: readonly string[] | null): Promise<number> {
    const userId = this.requireSignedIn(v);
    if (ids !== null && ids.length === 0) throw new NotificationsException('NOTHING_TO_MARK');
    const changed = await this.notifications.markRead(userId, ids ? ids.map((id) => id.toLowerCase()) : null);
    const count = await this.unreadCount(v);
    if (changed > 0) this.emit(userId, count);
    return count;
  }

  /** The member has seen the thread up to post `seq`: read state moves forward and its notifications clear. */
  async markThreadRead(v: ForumViewer, threadId: string, seq: number): Promise<ForumThreadReadStateModel> {
    const userId = this.requireSignedIn(v);
    if (!Number.isInteger(seq) || seq < 0) throw new NotificationsException('INVALID_SEQ', { fields: { seq: 'Not a valid post number.' } });
    const { thread } = await this.forumAccess.readableThread(v, threadId);
    const { lastReadSeq, changed } = await this.transactions.run(async (tx) => {
      await this.notifications.lockThread(thread.id, tx, 'shared');
      const lastReadSeq = await this.readStates.advance(userId, thread.id, seq, tx);
      return { lastReadSeq, changed: await this.notifications.markReadUpTo(userId, thread.id, lastReadSeq, tx) };
    });
    const count = await this.unreadCount(v);
    if (changed > 0) this.emit(userId, count);
    return { threadId: thread.id, lastReadSeq, unreadNotificationCount: count };
  }

  /** Pushes the current unread count to each member's open tabs. */
  async publishUnread(members: { userId: string; viewer: ForumViewer }[], categories?: Categories): Promise<void> {
    if (members.length === 0) return;
    const all = categories ?? (await this.access.categoryMap());
    for (let i = 0; i < members.length; i += PUBLISH_CONCURRENCY) {
      await Promise.all(members.slice(i, i + PUBLISH_CONCURRENCY).map(async ({ userId, viewer }) => this.emit(userId, await this.unreadCount(viewer, all))));
    }
  }

  private emit(userId: string, count: number): void {
    this.realtime.server?.to(userRoom(userId)).emit(UNREAD_EVENT, { count });
  }
}
