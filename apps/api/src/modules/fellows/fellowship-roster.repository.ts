import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EligibilitySource } from './entities/fellowship-eligibility.entity';

export interface RosterRow {
  user_id: string;
  display_name: string;
  email: string;
  source: EligibilitySource | null;
  created_at: Date;
}

/** Who may submit (eligibility grants) and who reviews (appointed reviewers). */
@Injectable()
export class FellowshipRosterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Both facts about one member in one round trip. */
  async factsFor(userId: string): Promise<{ eligibilitySource: EligibilitySource | null; reviewer: boolean }> {
    const [row] = await this.m().query(
      `select (select source from fellowship_eligibility where user_id = $1) as source,
              exists (select 1 from fellowship_reviewers where user_id = $1) as reviewer`,
      [userId],
    );
    return { eligibilitySource: row?.source ?? null, reviewer: row?.reviewer === true };
  }

  /** Idempotent: the first grant is kept (a later check-in does not overwrite a staff grant, or the reverse). */
  async grantEligibility(
    grant: { userId: string; source: EligibilitySource; sourceRef: string | null; note: string | null; grantedBy: string | null },
    tx?: EntityManager,
  ): Promise<boolean> {
    const rows = await this.m(tx).query(
      `insert into fellowship_eligibility (user_id, source, source_ref, note, granted_by) values ($1, $2, $3, $4, $5)
       on conflict (user_id) do nothing returning user_id`,
      [grant.userId, grant.source, grant.sourceRef, grant.note, grant.grantedBy],
    );
    return rows.length > 0;
  }

  async revokeEligibility(userId: string): Promise<boolean> {
    const [, count] = await this.m().query(`delete from fellowship_eligibility where user_id = $1`, [userId]);
    return count > 0;
  }

  async setReviewer(userId: string, reviewer: boolean, by: string, tx?: EntityManager): Promise<void> {
    if (reviewer) {
      await this.m(tx).query(`insert into fellowship_reviewers (user_id, appointed_by) values ($1, $2) on conflict do nothing`, [userId, by]);
    } else {
      await this.m(tx).query(`delete from fellowship_reviewers where user_id = $1`, [userId]);
    }
  }

  /** Every eligible member, or one (`userId`). */
  eligibleMembers(userId: string | null = null): Promise<RosterRow[]> {
    return this.m().query(
      `select e.user_id, u.display_name, u.email, e.source, e.created_at
         from fellowship_eligibility e join users u on u.id = e.user_id
        where $1::uuid is null or e.user_id = $1 order by e.created_at desc limit 500`,
      [userId],
    );
  }

  reviewers(): Promise<RosterRow[]> {
    return this.m().query(
      `select r.user_id, u.display_name, u.email, null as source, r.created_at
         from fellowship_reviewers r join users u on u.id = r.user_id order by u.display_name`,
    );
  }
}
