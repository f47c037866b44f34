import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WatchLevel } from '@confer/libs/notifications';
import { DataSource } from 'typeorm';

export type WatchTarget = { threadId: string; categoryId?: undefined } | { categoryId: string; threadId?: undefined };

@Injectable()
export class ForumWatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everyone with a level on this thread or its category, with both levels side by side. */
  forPost(threadId: string, categoryId: string): Promise<{ userId: string; threadLevel: WatchLevel | null; categoryLevel: WatchLevel | null }[]> {
    return this.dataSource.query(
      `select user_id as "userId",
              max(level) filter (where thread_id = $1) as "threadLevel",
              max(level) filter (where category_id = $2) as "categoryLevel"
         from forum_watches where thread_id = $1 or category_id = $2
        group by user_id`,
      [threadId, categoryId],
    );
  }

  async levels(userId: string, threadId: string | null, categoryId: string | null): Promise<{ threadLevel: WatchLevel | null; categoryLevel: WatchLevel | null }> {
    const rows: { threadLevel: WatchLevel | null; categoryLevel: WatchLevel | null }[] = await this.dataSource.query(
      `select max(level) filter (where thread_id = $2) as "threadLevel", max(level) filter (where category_id = $3) as "categoryLevel"
         from forum_watches where user_id = $1 and (thread_id = $2 or category_id = $3)`,
      [userId, threadId, categoryId],
    );
    return rows[0] ?? { threadLevel: null, categoryLevel: null };
  }

  /** Sets a level the member did not choose themselves, unless they already have one on this thread. */
  async ensureOnThread(userId: string, threadId: string, level: WatchLevel): Promise<void> {
    await this.dataSource.query(
      `insert into forum_watches (user_id, thread_id, level) values ($1, $2, $3)
       on conflict (user_id, thread_id) where thread_id is not null do nothing`,
      [userId, threadId, level],
    );
  }

  /** No more email about the target: "tracking", or "muted" if it already was (an old link never makes it louder). */
  async stopEmails(userId: string, target: WatchTarget): Promise<void> {
    const [column, id] = target.threadId ? ['thread_id', target.threadId] : ['category_id', target.categoryId];
    await this.dataSource.query(
      `insert into forum_watches (user_id, ${column}, level) values ($1, $2, 'tracking')
       on conflict (user_id, ${column}) where ${column} is not null
       do update set level = case when forum_watches.level = 'muted' then 'muted' else 'tracking' end, updated_at = now()`,
      [userId, id],
    );
  }

  async set(userId: string, target: WatchTarget, level: WatchLevel): Promise<void> {
    if (target.threadId) {
      await this.dataSource.query(
        `insert into forum_watches (user_id, thread_id, level) values ($1, $2, $3)
         on conflict (user_id, thread_id) where thread_id is not null do update set level = excluded.level, updated_at = now()`,
        [userId, target.threadId, level],
      );
    } else {
      await this.dataSource.query(
        `insert into forum_watches (user_id, category_id, level) values ($1, $2, $3)
         on conflict (user_id, category_id) where category_id is not null do update set level = excluded.level, updated_at = now()`,
        [userId, target.categoryId, level],
      );
    }
  }
}
