import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface FlagRow {
  id: string;
  post_id: string;
  reporter_id: string;
  reason: string;
  note: string | null;
  created_at: Date;
}

export interface SearchRow {
  thread_id: string;
  post_id: string;
  headline: string;
  rank: number;
}

/** Drafts, flags, read state and search: small tables the board reads and writes with plain SQL. */
@Injectable()
export class ForumExtrasRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveDraft(userId: string, scope: string, title: string | null, body: string): Promise<Date> {
    const rows = await this.dataSource.query(
      `insert into forum_drafts (user_id, scope, title, body_md, updated_at) values ($1, $2, $3, $4, now())
       on conflict (user_id, scope) do update set title = excluded.title, body_md = excluded.body_md, updated_at = now()
       returning updated_at`,
      [userId, scope, title, body],
    );
    return rows[0].updated_at;
  }

  async findDraft(userId: string, scope: string): Promise<{ title: string | null; body_md: string; updated_at: Date } | null> {
    const rows = await this.dataSource.query(`select title, body_md, updated_at from forum_drafts where user_id = $1 and scope = $2`, [userId, scope]);
    return rows[0] ?? null;
  }

  async deleteDraft(userId: string, scope: string): Promise<void> {
    await this.dataSource.query(`delete from forum_drafts where user_id = $1 and scope = $2`, [userId, scope]);
  }

  /** A member's private groups and whether they are suspended: one statement, read on every board request. */
  async viewerFacts(userId: string): Promise<{ groupIds: string[]; suspended: boolean }> {
    const [row] = await this.dataSource.query(
      `select array(select group_id from forum_group_members where user_id = $1) as group_ids,
              exists(select 1 from forum_suspensions where user_id = $1 and until > now()) as suspended`,
      [userId],
    );
    return { groupIds: row.group_ids, suspended: row.suspended };
  }

  async suspend(userId: string, until: Date, reason: string, by: string): Promise<void> {
    await this.dataSource.query(
      `insert into forum_suspensions (user_id, until, reason, suspended_by) values ($1, $2, $3, $4)
       on conflict (user_id) do update set until = excluded.until, reason = excluded.reason, suspended_by = excluded.suspended_by, created_at = now()`,
      [userId, until, reason, by],
    );
  }

  async unsuspend(userId: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(`delete from forum_suspensions where user_id = $1`, [userId]);
    return count > 0;
  }

  /** One open flag per member and post; a repeat answers false. */
  async insertFlag(postId: string, reporterId: string, reason: string, note: string | null): Promise<boolean> {
    const rows = await this.dataSource.query(
      `insert into forum_flags (post_id, reporter_id, reason, note) values ($1, $2, $3, $4) on conflict (post_id, reporter_id) do nothing returning id`,
      [postId, reporterId, reason, note],
    );
    return rows.length > 0;
  }

  openFlags(limit: number): Promise<FlagRow[]> {
    return this.dataSource.query(
      `select id, post_id, reporter_id, reason, note, created_at from forum_flags where status = 'open' order by created_at limit $1`,
      [limit],
    );
  }

  /** Settles the open flags of a post; answers how many were open. */
  async resolveFlags(postId: string, moderatorId: string, tx?: EntityManager): Promise<number> {
    const [, count] = await (tx ?? this.dataSource.manager).query(
      `update forum_flags set status = 'resolved', resolved_by = $2, resolved_at = now() where post_id = $1 and status = 'open'`,
      [postId, moderatorId],
    );
    return count;
  }

  /** Last read post number per thread for one reader. */
  async lastRead(userId: string, threadIds: readonly string[]): Promise<Map<string, number>> {
    if (threadIds.length === 0) return new Map();
    const rows: { thread_id: string; last_read_seq: number }[] = await this.dataSource.query(
      `select thread_id, last_read_seq from forum_read_states where user_id = $1 and thread_id = any($2::uuid[])`,
      [userId, threadIds],
    );
    return new Map(rows.map((r) => [r.thread_id, r.last_read_seq]));
  }

  /** Visible posts after what the reader has seen, per thread (their own posts never count as unread). */
  async unreadCounts(userId: string, threadIds: readonly string[]): Promise<Map<string, number>> {
    if (threadIds.length === 0) return new Map();
    const rows: { thread_id: string; n: number }[] = await this.dataSource.query(
      `select p.thread_id, count(*)::int as n
         from forum_posts p left join forum_read_states r on r.thread_id = p.thread_id and r.user_id = $1
        where p.thread_id = any($2::uuid[]) and p.status = 'visible' and p.author_id <> $1 and p.seq > coalesce(r.last_read_seq, 0)
        group by p.thread_id`,
      [userId, threadIds],
    );
    return new Map(rows.map((r) => [r.thread_id, r.n]));
  }

  /** Threads with unread visible posts, per category, among visible threads. */
  async unreadThreadsPerCategory(userId: string, categoryIds: readonly string[]): Promise<Map<string, number>> {
    if (categoryIds.length === 0) return new Map();
    const rows: { category_id: string; n: number }[] = await this.dataSource.query(
      `select t.category_id, count(distinct t.id)::int as n
         from forum_threads t
         join forum_posts p on p.thread_id = t.id and p.status = 'visible' and p.author_id <> $1
         left join forum_read_states r on r.thread_id = t.id and r.user_id = $1
        where t.category_id = any($2::uuid[]) and t.status = 'visible' and p.seq > coalesce(r.last_read_seq, 0)
        group by t.category_id`,
      [userId, categoryIds],
    );
    return new Map(rows.map((r) => [r.category_id, r.n]));
  }

  /**
   * Full-text search over titles and posts, limited in SQL to categories the searcher may read and
   * to visible content. Author names are not searched, so anonymous posts cannot be found by author.
   */
  search(query: string, categoryIds: readonly string[], limit: number): Promise<SearchRow[]> {
    if (categoryIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `with q as (select websearch_to_tsquery('english', $1) as q)
       select p.thread_id, p.id as post_id,
              ts_headline('english', p.body_md, q.q, 'StartSel=[[, StopSel=]], MaxWords=30, MinWords=10, MaxFragments=1') as headline,
              ts_rank(p.search, q.q) + case when t.search @@ q.q then 1 else 0 end as rank
         from forum_posts p join forum_threads t on t.id = p.thread_id, q
        where t.category_id = any($2::uuid[]) and t.status = 'visible' and p.status = 'visible'
          and (p.search @@ q.q or (p.seq = 1 and t.search @@ q.q))
        order by rank desc, p.created_at desc
        limit $3`,
      [query, categoryIds, limit],
    );
  }
}
