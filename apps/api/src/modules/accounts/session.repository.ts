import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Server-side sessions live in `sessions` (connect-pg-simple's table); this ends them in bulk. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async deleteAllForUser(userId: string, exceptSid?: string, tx?: EntityManager): Promise<number> {
    const m = tx ?? this.dataSource.manager;
    const result = await m.query(
      `with gone as (delete from sessions where sess->>'userId' = $1 and ($2::text is null or sid <> $2) returning 1)
       select count(*)::int as n from gone`,
      [userId, exceptSid ?? null],
    );
    return result[0]?.n ?? 0;
  }

  async countForUser(userId: string): Promise<number> {
    const rows = await this.dataSource.query(`select count(*)::int as n from sessions where sess->>'userId' = $1 and expire > now()`, [userId]);
    return rows[0].n;
  }
}
