import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { selectList } from '../../core/database/select-list';
import { BundleItemEntity } from './entities/bundle-item.entity';
import { TicketTypeEntity } from './entities/ticket-type.entity';

export interface SeatCount {
  id: string;
  eventId: string | null;
  capacity: number | null;
  taken: number;
}

/** Ticket types, bundles and the seat counters. Seats are only ever changed by the methods below. */
@Injectable()
export class TicketTypeRepository {
  private columns: string | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Plain SQL with the entity's columns: read on every checkout, where the query builder's cost shows. */
  async findById(id: string, tx?: EntityManager): Promise<TicketTypeEntity | null> {
    this.columns ??= selectList(this.dataSource, TicketTypeEntity);
    const rows: TicketTypeEntity[] = await this.m(tx).query(`select ${this.columns} from ticket_types where id = $1`, [id]);
    return rows[0] ?? null;
  }

  findByIds(ids: readonly string[], tx?: EntityManager): Promise<TicketTypeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(tx).getRepository(TicketTypeEntity).findBy({ id: In([...ids]) });
  }

  /** Active event tickets of these events, in display order. */
  forEvents(eventIds: readonly string[]): Promise<TicketTypeEntity[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.m()
      .getRepository(TicketTypeEntity)
      .find({ where: { eventId: In([...eventIds]), active: true }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  /** Active bundles with a component in one of these events. */
  async bundlesForEvents(eventIds: readonly string[]): Promise<{ eventId: string; bundle: TicketTypeEntity }[]> {
    if (eventIds.length === 0) return [];
    const rows: { event_id: string; bundle_id: string }[] = await this.m().query(
      `select distinct c.event_id, b.bundle_id from bundle_items b join ticket_types c on c.id = b.ticket_type_id
         join ticket_types t on t.id = b.bundle_id where c.event_id = any($1) and t.active`,
      [[...eventIds]],
    );
    const bundles = await this.findByIds([...new Set(rows.map((r) => r.bundle_id))]);
    const byId = new Map(bundles.map((b) => [b.id, b]));
    return rows.flatMap((r) => (byId.has(r.bundle_id) ? [{ eventId: r.event_id, bundle: byId.get(r.bundle_id)! }] : []));
  }

  /** Active membership products (not tied to an event). */
  membershipProducts(): Promise<TicketTypeEntity[]> {
    return this.m().getRepository(TicketTypeEntity).find({ where: { kind: 'membership', active: true }, order: { position: 'ASC' } });
  }

  /** The active product that sells a course on its own (at most one: a partial unique index). */
  courseProduct(courseSlug: string): Promise<TicketTypeEntity | null> {
    return this.m()
      .getRepository(TicketTypeEntity)
      .createQueryBuilder('t')
      .innerJoin('courses', 'c', 'c.id = t.course_id')
      .where(`t.kind = 'course' and t.active and c.slug = :courseSlug`, { courseSlug })
      .getOne();
  }

  bundleItems(bundleIds: readonly string[], tx?: EntityManager): Promise<BundleItemEntity[]> {
    if (bundleIds.length === 0) return Promise.resolve([]);
    return this.m(tx).getRepository(BundleItemEntity).findBy({ bundleId: In([...bundleIds]) });
  }

  seatCounts(ids: readonly string[], tx?: EntityManager): Promise<SeatCount[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(tx).query(`select id, event_id as "eventId", capacity, taken from ticket_types where id = any($1)`, [[...ids]]);
  }

  /**
   * Takes `n` seats in every one of `ids`, or none: each row is updated only if the seats fit, in id
   * order so two buyers of overlapping bundles never deadlock. Returns false when one did not fit
   * (the caller rolls the transaction back).
   */
  async takeSeats(tx: EntityManager, ids: readonly string[], n: number): Promise<boolean> {
    for (const id of [...new Set(ids)].sort()) {
      const [rows] = await tx.query(
        `update ticket_types set taken = taken + $2, updated_at = now() where id = $1 and (capacity is null or taken + $2 <= capacity) returning id`,
        [id, n],
      );
      if (rows.length === 0) return false;
    }
    return true;
  }

  /**
   * Test-only (EVENTS_UNGUARDED_SEATS, refused in production): read, decide, then write the new count,
   * without a lock. Concurrent buyers read the same count and overwrite each other: the race the
   * guarded path prevents, kept so the contention test can prove it would notice.
   */
  async takeSeatsUnguarded(tx: EntityManager, ids: readonly string[], n: number): Promise<boolean> {
    for (const id of [...new Set(ids)].sort()) {
      const [row] = await tx.query(`select capacity, taken from ticket_types where id = $1`, [id]);
      if (row.capacity !== null && row.taken + n > row.capacity) return false;
      await tx.query(`update ticket_types set taken = $2 where id = $1`, [id, row.taken + n]);
    }
    return true;
  }

  /** Gives seats back (expired holds, cancellations, lapsed offers). */
  async releaseSeats(tx: EntityManager, id: string, n: number): Promise<{ eventId: string | null } | null> {
    const [rows] = await tx.query(`update ticket_types set taken = greatest(taken - $2, 0), updated_at = now() where id = $1 returning event_id as "eventId"`, [id, n]);
    return rows[0] ?? null;
  }

  /** Sets a new capacity; refused (false) when lower than the seats already taken. */
  async setCapacity(tx: EntityManager, id: string, capacity: number | null): Promise<boolean> {
    const [rows] = await tx.query(`update ticket_types set capacity = $2, updated_at = now() where id = $1 and ($2::int is null or taken <= $2::int) returning id`, [id, capacity]);
    return rows.length > 0;
  }

  /** Locks one ticket row (waiting-list moves on it happen one at a time). */
  async lock(tx: EntityManager, id: string): Promise<SeatCount | null> {
    const rows: SeatCount[] = await tx.query(`select id, event_id as "eventId", capacity, taken from ticket_types where id = $1 for update`, [id]);
    return rows[0] ?? null;
  }
}
