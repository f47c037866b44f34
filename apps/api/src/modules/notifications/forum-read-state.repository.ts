import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** forum_read_states: how far each member has read each thread (the board shows unread counts from it). */
@Injectable()
export class ForumReadStateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Last read post number per member in one thread. */
  async lastReadBy(threadId: string, userIds: readonly string[], tx?: EntityManager): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows: { userId: string; seq: number }[] = await this.m(tx).query(
      `select user_id as "userId", last_read_seq as seq from forum_read_states where thread_id = $1 and user_id = any($2::uuid[])`,
      [threadId, userIds],
    );
    return new Map(rows.map((r) => [r.userId, r.seq]));
  }

  /** Last read post number per thread for one member. */
  async lastReadIn(userId: string, threadIds: readonly string[]): Promise<Map<string, number>> {
    if (threadIds.length === 0) return new Map();
    const rows: { threadId: string; seq: number }[] = await this.dataSource.query(
      `select thread_id as "threadId", last_read_seq as seq from forum_read_states where user_id = $1 and thread_id = any($2::uuid[])`,
      [userId, threadIds],
    );
    return new Map(rows.map((r) => [r.threadId, r.seq]));
  }

  /**
   * Moves the mark forward only (an older tab reporting late never un-reads posts), and never past the
   * thread's last post number (a mark cannot cover posts that do not exist yet); answers where it is now.
   */
  async advance(userId: string, threadId: string, seq: number, tx?: EntityManager): Promise<number> {
    const rows: { seq: number }[] = await this.m(tx).query(
      `insert into forum_read_states (user_id, thread_id, last_read_seq, updated_at)
       select $1, $2, least($3::int, t.last_seq), now() from forum_threads t where t.id = $2
       on conflict (user_id, thread_id) do update
         set last_read_seq = greatest(forum_read_states.last_read_seq, excluded.last_read_seq),
             updated_at = case when excluded.last_read_seq > forum_read_states.last_read_seq then now() else forum_read_states.updated_at end
       returning last_read_seq as seq`,
      [userId, threadId, seq],
    );
    return rows[0].seq;
  }
}
