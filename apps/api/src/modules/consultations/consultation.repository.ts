import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, EntityManager, In } from 'typeorm';
import { PG_POOL } from '../../core/database/database.module';
import type { CalendarFields, Parties } from './consultation-calendar';
import { ConsultationEntity, ConsultationStatus } from './entities/consultation.entity';

export type NewConsultation = Pick<
  ConsultationEntity,
  'expertId' | 'memberId' | 'typeId' | 'title' | 'mode' | 'location' | 'startsAt' | 'endsAt' | 'timeZone' | 'intakeAnswer'
>;

/** PostgreSQL's code for an exclusion-constraint violation: the slot was taken by a concurrent booking. */
export const EXCLUSION_VIOLATION = '23P01';
/** Concurrent inserts checked by one exclusion constraint can wait on each other; PostgreSQL then aborts one. */
export const DEADLOCK_DETECTED = '40P01';

/**
 * A party's live bookings with every column a feed item is made of (names included: they are in the
 * title), and the system column xmin of each booking and of both parties' user rows: PostgreSQL gives a
 * row a new xmin on every update, so those say whether anything a feed shows has changed.
 */
const FEED_ROWS = `f as (
  select c.ics_uid, c.ics_sequence, c.updated_at, c.starts_at, c.ends_at, c.time_zone, c.title, c.mode, c.location, c.status,
         e.display_name as expert_name, m.display_name as member_name,
         c.id::text || '.' || c.xmin::text || '.' || e.xmin::text || '.' || m.xmin::text as row_version
    from consultations c join users e on e.id = c.expert_id join users m on m.id = c.member_id
   where (c.member_id = $1 or c.expert_id = $1) and c.status <> 'cancelled')`;
/**
 * md5 of the rows' ids and row versions: any change to a booking or a party's name changes it, and
 * it costs PostgreSQL about half of hashing every row's full text (~2 against ~4.5 ms for 500 rows).
 */
const FEED_VERSION = `coalesce(md5(string_agg(f.row_version, ',' order by f.row_version)), '')`;
/** Named: a calendar's poll runs it every time, so it is planned once per connection. */
const FEED_VERSION_QUERY = { name: 'consultation-feed-version', text: `with ${FEED_ROWS} select ${FEED_VERSION} as version from f` };
const EMPTY_VERSION = '';

@Injectable()
export class ConsultationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Inserts a booking with its blocked range; the exclusion constraint refuses an overlap (23P01). */
  async insert(data: NewConsultation, blocked: string, tx: EntityManager): Promise<ConsultationEntity> {
    const [row] = await tx.query(
      `insert into consultations (id, expert_id, member_id, type_id, title, mode, location, starts_at, ends_at, time_zone, blocked, intake_answer, ics_uid)
       values ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::tstzrange, $12, 'consultation-' || $1::text || '@confer')
       returning id`,
      [
        randomUUID(),
        data.expertId,
        data.memberId,
        data.typeId,
        data.title,
        data.mode,
        data.location,
        data.startsAt,
        data.endsAt,
        data.timeZone,
        blocked,
        data.intakeAnswer,
      ],
    );
    return (await this.findById(row.id, tx))!;
  }

  findById(id: string, tx?: EntityManager): Promise<ConsultationEntity | null> {
    return this.m(tx).getRepository(ConsultationEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ConsultationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m().getRepository(ConsultationEntity).findBy({ id: In([...ids]) });
  }

  findByUid(uid: string): Promise<ConsultationEntity | null> {
    return this.m().getRepository(ConsultationEntity).findOneBy({ icsUid: uid });
  }

  lockById(id: string, tx: EntityManager): Promise<ConsultationEntity | null> {
    return tx.getRepository(ConsultationEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  /** Live (not cancelled) bookings of an expert that end after `since`: what blocks slots. */
  liveForExpert(expertId: string, since: Date, tx?: EntityManager): Promise<ConsultationEntity[]> {
    return this.m(tx)
      .getRepository(ConsultationEntity)
      .createQueryBuilder('c')
      .where('c.expert_id = :expertId', { expertId })
      .andWhere(`c.status <> 'cancelled'`)
      .andWhere('c.ends_at > :since', { since })
      .orderBy('c.starts_at', 'ASC')
      .getMany();
  }

  listForMember(memberId: string): Promise<ConsultationEntity[]> {
    return this.m().getRepository(ConsultationEntity).find({ where: { memberId }, order: { startsAt: 'ASC' } });
  }

  listForExpert(expertId: string, since: Date | null): Promise<ConsultationEntity[]> {
    const qb = this.m().getRepository(ConsultationEntity).createQueryBuilder('c').where('c.expert_id = :expertId', { expertId });
    if (since) qb.andWhere('c.ends_at > :since', { since });
    return qb.orderBy('c.starts_at', 'ASC').getMany();
  }

  /**
   * Every non-cancelled booking where the user is a party, with both names: their calendar feed.
   * One query with only the calendar's columns: feeds are polled often and can hold hundreds of items.
   */
  /**
   * The party's feed rows and their fingerprint, read in one statement (one snapshot), so the
   * fingerprint describes exactly these rows.
   */
  async feedSnapshotForParty(userId: string): Promise<{ version: string; rows: (CalendarFields & Parties)[] }> {
    const rows: Record<string, any>[] = await this.m().query(
      `with ${FEED_ROWS}, v as (select ${FEED_VERSION} as version from f) select f.*, v.version from f cross join v order by f.starts_at`,
      [userId],
    );
    return {
      version: rows.length ? rows[0].version : EMPTY_VERSION,
      rows: rows.map((r) => ({
        icsUid: r.ics_uid,
        icsSequence: r.ics_sequence,
        updatedAt: r.updated_at,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        timeZone: r.time_zone,
        title: r.title,
        mode: r.mode,
        location: r.location,
        status: r.status,
        expertName: r.expert_name,
        memberName: r.member_name,
      })),
    };
  }

  /** The fingerprint alone (one short row): what a calendar's repeat poll needs to answer from cache. */
  async feedVersionForParty(userId: string): Promise<string> {
    const { rows } = await this.pool.query<{ version: string }>({ ...FEED_VERSION_QUERY, values: [userId] });
    return rows[0].version;
  }

  /** Serialises bookings of one expert-local day (released at commit). */
  async lockExpertDay(expertId: string, localDate: string, tx: EntityManager): Promise<void> {
    await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`consultations:${expertId}:${localDate}`]);
  }

  async countLiveBetween(expertId: string, from: Date, to: Date, tx: EntityManager): Promise<number> {
    const [row] = await tx.query(
      `select count(*)::int as n from consultations where expert_id = $1 and status <> 'cancelled' and starts_at >= $2 and starts_at < $3`,
      [expertId, from, to],
    );
    return row.n;
  }

  /** Moves a booking (same UID, SEQUENCE + 1); the constraint refuses an overlap (23P01). */
  async move(id: string, startsAt: Date, endsAt: Date, blocked: string, tx: EntityManager): Promise<void> {
    await tx.query(
      `update consultations set starts_at = $2, ends_at = $3, blocked = $4::tstzrange, ics_sequence = ics_sequence + 1, updated_at = now() where id = $1`,
      [id, startsAt, endsAt, blocked],
    );
  }

  async cancel(id: string, by: string, reason: string | null, tx: EntityManager): Promise<void> {
    await tx.query(
      `update consultations set status = 'cancelled', cancelled_by = $2, cancel_reason = $3, cancelled_at = now(),
         ics_sequence = ics_sequence + 1, updated_at = now() where id = $1`,
      [id, by, reason],
    );
  }

  async setStatus(id: string, status: ConsultationStatus, tx: EntityManager): Promise<void> {
    await tx.getRepository(ConsultationEntity).update({ id }, { status, updatedAt: new Date() });
  }

  async setNotes(id: string, notes: string | null, tx?: EntityManager): Promise<void> {
    // Private notes are not a calendar change: updated_at (the feed's DTSTAMP) stays.
    await this.m(tx).getRepository(ConsultationEntity).update({ id }, { expertNotes: notes });
  }

  async setReminderJobs(id: string, jobIds: string[], tx: EntityManager): Promise<void> {
    await tx.getRepository(ConsultationEntity).update({ id }, { reminderJobIds: jobIds });
  }
}
