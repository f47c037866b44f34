import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WaitlistEntryEntity } from './entities/waitlist-entry.entity';

export interface WaitlistPlace {
  entry: WaitlistEntryEntity;
  /** 1-based place among those waiting; null when not waiting (offered, accepted…). */
  position: number | null;
}

@Injectable()
export class WaitlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: EntityManager): Promise<WaitlistEntryEntity | null> {
    return this.m(tx).getRepository(WaitlistEntryEntity).findOneBy({ id });
  }

  lock(tx: EntityManager, id: string): Promise<WaitlistEntryEntity | null> {
    return tx.getRepository(WaitlistEntryEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id }).getOne();
  }

  async insert(tx: EntityManager, data: Pick<WaitlistEntryEntity, 'eventId' | 'ticketTypeId' | 'userId' | 'quantity'>): Promise<WaitlistEntryEntity> {
    const repo = tx.getRepository(WaitlistEntryEntity);
    return repo.save(repo.create({ ...data, status: 'waiting', heldSeats: 0 }));
  }

  async update(tx: EntityManager, id: string, patch: Partial<WaitlistEntryEntity>): Promise<void> {
    await tx.getRepository(WaitlistEntryEntity).update({ id }, patch);
  }

  /** The first waiting member whose request fits in `seats`, locked (skipping rows another move holds). */
  async nextFitting(tx: EntityManager, ticketTypeId: string, seats: number): Promise<WaitlistEntryEntity | null> {
    return tx
      .getRepository(WaitlistEntryEntity)
      .createQueryBuilder('w')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`w.ticket_type_id = :ticketTypeId and w.status = 'waiting' and w.quantity <= :seats`, { ticketTypeId, seats })
      .orderBy('w.created_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(1)
      .getOne();
  }

  /** A member's places, with their position in each queue. */
  async forUser(userId: string): Promise<WaitlistPlace[]> {
    const entries = await this.m().getRepository(WaitlistEntryEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
    const positions = await this.positions(entries.filter((e) => e.status === 'waiting').map((e) => e.id));
    return entries.map((entry) => ({ entry, position: positions.get(entry.id) ?? null }));
  }

  /** Positions of these waiting entries in their queues. */
  async positions(entryIds: readonly string[]): Promise<Map<string, number>> {
    if (entryIds.length === 0) return new Map();
    const rows: { id: string; position: number }[] = await this.m().query(
      `select w.id, (select count(*)::int from waitlist_entries o where o.ticket_type_id = w.ticket_type_id and o.status = 'waiting'
                       and (o.created_at, o.id) <= (w.created_at, w.id)) as position
         from waitlist_entries w where w.id = any($1) and w.status = 'waiting'`,
      [[...entryIds]],
    );
    return new Map(rows.map((r) => [r.id, r.position]));
  }

  /** Everyone waiting for a ticket type, in order (to tell them their new positions). */
  async queue(ticketTypeId: string): Promise<{ id: string; userId: string; position: number }[]> {
    return this.m().query(
      `select id, user_id as "userId", row_number() over (order by created_at, id)::int as position
         from waitlist_entries where ticket_type_id = $1 and status = 'waiting' order by created_at, id`,
      [ticketTypeId],
    );
  }

  async waitingCount(ticketTypeId: string, tx?: EntityManager): Promise<number> {
    const [row] = await this.m(tx).query(`select count(*)::int as n from waitlist_entries where ticket_type_id = $1 and status = 'waiting'`, [ticketTypeId]);
    return row.n;
  }

  /** Offers whose time ran out before `now` (the lapse sweep). */
  async lapsedOffers(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.m().query(`select id from waitlist_entries where status = 'offered' and offer_expires_at <= $1 order by offer_expires_at limit $2`, [now, limit]);
    return rows.map((r) => r.id);
  }
}
