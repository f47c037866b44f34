import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ForumAudience, ForumContentStatus } from '@confer/libs/access';
import type { NotificationKind } from '@confer/libs/notifications';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationEmailState } from './entities/notification.entity';

/** A post with what notifications need of its thread and category, read fresh from the board's tables. */
export interface PostFacts {
  postId: string;
  threadId: string;
  categoryId: string;
  seq: number;
  postStatus: ForumContentStatus;
  postAuthorId: string;
  quotedAuthorId: string | null;
  bodyMd: string;
  threadStatus: ForumContentStatus;
  threadAuthorId: string;
  threadTitle: string;
  audience: ForumAudience;
  groupId: string | null;
}

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  threadId: string;
  postId: string;
  email: NotificationEmailState;
  unsubscribeScope: 'thread' | 'category';
  readAt: Date | null;
}

/** Enough of a notification's post and thread to re-check access (forumPolicy) before showing it. */
export interface GuardedRow {
  id: string;
  categoryId: string;
  threadStatus: ForumContentStatus;
  threadAuthorId: string;
  postStatus: ForumContentStatus;
  postAuthorId: string;
}

export interface InboxRow extends GuardedRow {
  kind: NotificationKind;
  threadId: string;
  postId: string;
  seq: number;
  threadTitle: string;
  actorName: string;
  bodyMd: string;
  readAt: Date | null;
  createdAt: Date;
}

export interface PendingRow extends GuardedRow {
  userId: string;
  kind: NotificationKind;
  threadId: string;
  seq: number;
  threadTitle: string;
  audience: ForumAudience;
  groupId: string | null;
  unsubscribeScope: 'thread' | 'category';
  readAt: Date | null;
}

const GUARD_COLUMNS = `t.category_id as "categoryId", t.status as "threadStatus", t.author_id as "threadAuthorId",
  p.status as "postStatus", p.author_id as "postAuthorId"`;

/** Notifications and the board facts they are checked against. Plain SQL: joins across both areas. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async postFacts(postId: string): Promise<PostFacts | null> {
    const rows: PostFacts[] = await this.m().query(
      `select p.id as "postId", p.thread_id as "threadId", t.category_id as "categoryId", p.seq, p.status as "postStatus",
              p.author_id as "postAuthorId", q.author_id as "quotedAuthorId", p.body_md as "bodyMd",
              t.status as "threadStatus", t.author_id as "threadAuthorId", t.title as "threadTitle", c.audience, c.group_id as "groupId"
         from forum_posts p
         join forum_threads t on t.id = p.thread_id
         join forum_categories c on c.id = t.category_id
         left join forum_posts q on q.id = p.quoted_post_id and q.thread_id = p.thread_id
        where p.id = $1`,
      [postId],
    );
    return rows[0] ?? null;
  }

  /** Inserts what is new; a member already told about this post keeps the first notification. */
  async insertMany(rows: readonly NewNotification[], tx: EntityManager): Promise<{ id: string; userId: string; email: NotificationEmailState; readAt: Date | null }[]> {
    if (rows.length === 0) return [];
    return tx.query(
      `insert into notifications (user_id, kind, thread_id, post_id, email, unsubscribe_scope, read_at)
       select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[])
       on conflict (user_id, post_id) do nothing
       returning id, user_id as "userId", email, read_at as "readAt"`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.kind),
        rows.map((r) => r.threadId),
        rows.map((r) => r.postId),
        rows.map((r) => r.email),
        rows.map((r) => r.unsubscribeScope),
        rows.map((r) => r.readAt),
      ],
    );
  }

  /** Newest first, only in categories the caller found readable; statuses are re-checked by the caller. */
  page(userId: string, categoryIds: readonly string[], after: { createdAt: Date; id: string } | null, limit: number): Promise<InboxRow[]> {
    if (categoryIds.length === 0) return Promise.resolve([]);
    return this.m().query(
      `select n.id, n.kind, n.thread_id as "threadId", n.post_id as "postId", n.read_at as "readAt", n.created_at as "createdAt",
              p.seq, p.body_md as "bodyMd", t.title as "threadTitle", ${GUARD_COLUMNS},
              case when p.anonymous then coalesce(ps.label, 'Anonymous member') else coalesce(u.display_name, 'Former member') end as "actorName"
         from notifications n
         join forum_posts p on p.id = n.post_id
         join forum_threads t on t.id = n.thread_id
         left join users u on u.id = p.author_id and not p.anonymous
         left join forum_pseudonyms ps on ps.thread_id = p.thread_id and ps.user_id = p.author_id and p.anonymous
        where n.user_id = $1 and t.category_id = any($2::uuid[])
          and ($3::timestamptz is null or (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
        order by n.created_at desc, n.id desc
        limit $5`,
      [userId, categoryIds, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  unread(userId: string, categoryIds: readonly string[], limit: number): Promise<GuardedRow[]> {
    if (categoryIds.length === 0) return Promise.resolve([]);
    return this.m().query(
      `select n.id, ${GUARD_COLUMNS}
         from notifications n
         join forum_posts p on p.id = n.post_id
         join forum_threads t on t.id = n.thread_id
        where n.user_id = $1 and n.read_at is null and t.category_id = any($2::uuid[])
        order by n.created_at desc
        limit $3`,
      [userId, categoryIds, limit],
    );
  }

  /** Marks the member's own notifications read (`ids` null: all of them); answers how many changed. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    const [, count] = await this.m().query(
      `update notifications set read_at = now() where user_id = $1 and read_at is null and ($2::uuid[] is null or id = any($2::uuid[]))`,
      [userId, ids],
    );
    return count;
  }

  async markReadUpTo(userId: string, threadId: string, seq: number, tx?: EntityManager): Promise<number> {
    const [, count] = await this.m(tx).query(
      `update notifications n set read_at = now() from forum_posts p
        where p.id = n.post_id and n.user_id = $1 and n.thread_id = $2 and n.read_at is null and p.seq <= $3`,
      [userId, threadId, seq],
    );
    return count;
  }

  /**
   * Writing notifications and deciding emails for a thread take this lock exclusively; marking the
   * thread read takes it shared. So a reader who marks a post read while its notifications are
   * being written sees them marked read too, and two posts arriving together cannot both email a member.
   */
  async lockThread(threadId: string, tx: EntityManager, mode: 'exclusive' | 'shared' = 'exclusive'): Promise<void> {
    const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await tx.query(`select ${fn}(hashtextextended('notifications:' || $1::text, 0))`, [threadId]);
  }

  /**
   * The post's notifications still waiting for their email check, locked until the caller commits.
   * It waits for rows another transaction holds (a member marking them read) instead of skipping them:
   * the caller holds the thread lock, so nothing else checks these emails, and a skipped row would stay
   * pending for good (the job that should send it has finished).
   */
  pendingForPost(postId: string, tx: EntityManager): Promise<PendingRow[]> {
    return this.pending(`n.post_id = $1`, postId, tx, 'wait');
  }

  /** Everything waiting for a member's digest, oldest first, locked until the caller commits (rows held elsewhere wait for the next digest). */
  pendingForUser(userId: string, tx: EntityManager): Promise<PendingRow[]> {
    return this.pending(`n.user_id = $1`, userId, tx, 'skip locked');
  }

  private pending(where: string, value: string, tx: EntityManager, locked: 'wait' | 'skip locked'): Promise<PendingRow[]> {
    return tx.query(
      `select n.id, n.user_id as "userId", n.kind, n.thread_id as "threadId", n.unsubscribe_scope as "unsubscribeScope", n.read_at as "readAt",
              p.seq, t.title as "threadTitle", c.audience, c.group_id as "groupId", ${GUARD_COLUMNS}
         from notifications n
         join forum_posts p on p.id = n.post_id
         join forum_threads t on t.id = n.thread_id
         join forum_categories c on c.id = t.category_id
        where ${where} and n.email = 'pending'
        order by n.created_at, n.id
        limit 2000
        for update of n${locked === 'skip locked' ? ' skip locked' : ''}`,
      [value],
    );
  }

  /** Whether the member was already emailed about a post in this thread that they have not read since. */
  async hasUnreadEmail(userId: string, threadId: string, lastReadSeq: number, tx: EntityManager): Promise<boolean> {
    const rows = await tx.query(
      `select 1 from notifications n join forum_posts p on p.id = n.post_id
        where n.user_id = $1 and n.thread_id = $2 and n.email = 'sent' and n.read_at is null and p.seq > $3
        limit 1`,
      [userId, threadId, lastReadSeq],
    );
    return rows.length > 0;
  }

  async setEmailState(ids: readonly string[], state: NotificationEmailState, tx?: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await this.m(tx).query(`update notifications set email = $2 where id = any($1::uuid[])`, [ids, state]);
  }

  async skipPendingForUser(userId: string): Promise<void> {
    await this.m().query(`update notifications set email = 'skipped' where user_id = $1 and email = 'pending'`, [userId]);
  }

  /** Members who wrote visible, named posts in a thread: who can be mentioned there without revealing anyone. */
  mentionCandidates(threadId: string, search: string, limit: number): Promise<{ id: string; displayName: string }[]> {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.m().query(
      `select u.id, u.display_name as "displayName"
         from users u
        where exists (select 1 from forum_posts p where p.thread_id = $1 and p.author_id = u.id and p.status = 'visible' and not p.anonymous)
          and u.display_name ilike $2
        order by u.display_name
        limit $3`,
      [threadId, pattern, limit],
    );
  }
}
