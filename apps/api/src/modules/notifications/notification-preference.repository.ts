import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmailMode } from '@confer/libs/notifications';
import { DataSource, EntityManager } from 'typeorm';

/** Members without a row have the default: immediate emails. */
export const DEFAULT_EMAIL_MODE: EmailMode = 'immediate';

export interface DigestCandidate {
  userId: string;
  mode: 'daily' | 'weekly';
  timeZone: string;
  lastDigestAt: Date | null;
  updatedAt: Date;
}

@Injectable()
export class NotificationPreferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async modes(userIds: readonly string[]): Promise<Map<string, EmailMode>> {
    if (userIds.length === 0) return new Map();
    const rows: { userId: string; mode: EmailMode }[] = await this.dataSource.query(
      `select user_id as "userId", email_mode as mode from notification_preferences where user_id = any($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.userId, r.mode]));
  }

  async mode(userId: string): Promise<EmailMode> {
    return (await this.modes([userId])).get(userId) ?? DEFAULT_EMAIL_MODE;
  }

  /**
   * Sets the mode and answers the previous one. A digest schedule starts counting when a digest
   * mode is chosen (the first one comes at the next slot, not at once).
   */
  async setMode(userId: string, mode: EmailMode): Promise<EmailMode> {
    const rows: { previous: EmailMode | null }[] = await this.dataSource.query(
      `with old as (select email_mode from notification_preferences where user_id = $1)
       insert into notification_preferences (user_id, email_mode, updated_at) values ($1, $2, now())
       on conflict (user_id) do update set email_mode = excluded.email_mode,
         updated_at = case when notification_preferences.email_mode = excluded.email_mode then notification_preferences.updated_at else now() end,
         last_digest_at = case when excluded.email_mode in ('daily','weekly') and notification_preferences.email_mode in ('daily','weekly')
                               then notification_preferences.last_digest_at else null end
       returning (select email_mode from old) as previous`,
      [userId, mode],
    );
    return rows[0]?.previous ?? DEFAULT_EMAIL_MODE;
  }

  /** Locks the member's row for one digest run (two processes ticking at once send one digest). */
  async lockForDigest(userId: string, tx: EntityManager): Promise<{ mode: EmailMode } | null> {
    const rows: { mode: EmailMode }[] = await tx.query(`select email_mode as mode from notification_preferences where user_id = $1 for update`, [userId]);
    return rows[0] ?? null;
  }

  async markDigested(userId: string, at: Date, tx: EntityManager): Promise<void> {
    await tx.query(`update notification_preferences set last_digest_at = $2 where user_id = $1`, [userId, at]);
  }

  /** Digest members with something waiting; whether it is their time yet is decided by libs/notifications. */
  digestCandidates(): Promise<DigestCandidate[]> {
    return this.dataSource.query(
      `select np.user_id as "userId", np.email_mode as mode, u.time_zone as "timeZone", np.last_digest_at as "lastDigestAt", np.updated_at as "updatedAt"
         from notification_preferences np join users u on u.id = np.user_id
        where np.email_mode in ('daily','weekly')
          and exists (select 1 from notifications n where n.user_id = np.user_id and n.email = 'pending')`,
    );
  }
}
