import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByUser(userId: string): Promise<CalendarFeedEntity | null> {
    return this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ userId });
  }

  /** The feed's owner with the name its title shows, in one read (no token, no feed: null). */
  async ownerByToken(token: string): Promise<{ userId: string; displayName: string } | null> {
    const rows: { user_id: string; display_name: string }[] = await this.dataSource.query(
      `select f.user_id, u.display_name from calendar_feeds f join users u on u.id = f.user_id where f.token = $1`,
      [token],
    );
    return rows.length ? { userId: rows[0].user_id, displayName: rows[0].display_name } : null;
  }

  /** The user's token, created once; a concurrent first request keeps whichever was written first. */
  async ensure(userId: string, token: string): Promise<CalendarFeedEntity> {
    await this.dataSource.query(`insert into calendar_feeds (user_id, token) values ($1, $2) on conflict (user_id) do nothing`, [userId, token]);
    return (await this.findByUser(userId))!;
  }

  /** Replaces the token: the old URL stops working with this statement. */
  async replace(userId: string, token: string): Promise<CalendarFeedEntity> {
    await this.dataSource.query(
      `insert into calendar_feeds (user_id, token) values ($1, $2) on conflict (user_id) do update set token = excluded.token, created_at = now()`,
      [userId, token],
    );
    return (await this.findByUser(userId))!;
  }
}
