import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EventSessionEntity } from './entities/event-session.entity';
import { EventEntity } from './entities/event.entity';
import { PromoCodeTicketTypeEntity } from './entities/promo-code-ticket-type.entity';
import { PromoCodeEntity } from './entities/promo-code.entity';
import { TicketTypeEntity } from './entities/ticket-type.entity';

/** Staff writes: events, sessions and speakers, ticket types and bundles, promo codes. */
@Injectable()
export class EventsAdminRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  lockEvent(tx: EntityManager, id: string): Promise<EventEntity | null> {
    return tx.getRepository(EventEntity).createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id }).getOne();
  }

  async insertEvent(tx: EntityManager, data: Partial<EventEntity>): Promise<EventEntity> {
    const repo = tx.getRepository(EventEntity);
    return repo.save(repo.create(data));
  }

  async updateEvent(tx: EntityManager, id: string, patch: Partial<EventEntity>): Promise<void> {
    if (Object.keys(patch).length) await tx.getRepository(EventEntity).update({ id }, { ...patch, updatedAt: new Date() });
  }

  /** Confirmed seats get a new SEQUENCE when the event itself changes (time, place), so invites update. */
  async bumpSequences(tx: EntityManager, eventId: string): Promise<void> {
    await tx.query(`update registrations set ics_sequence = ics_sequence + 1, updated_at = now() where event_id = $1 and status = 'confirmed'`, [eventId]);
  }

  findSession(id: string, tx?: EntityManager): Promise<EventSessionEntity | null> {
    return this.m(tx).getRepository(EventSessionEntity).findOneBy({ id });
  }

  async saveSession(tx: EntityManager, data: Partial<EventSessionEntity>): Promise<EventSessionEntity> {
    const repo = tx.getRepository(EventSessionEntity);
    return repo.save(repo.create(data));
  }

  async deleteSession(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(EventSessionEntity).delete({ id });
  }

  async setSpeakers(tx: EntityManager, sessionId: string, userIds: readonly string[]): Promise<void> {
    await tx.query(`delete from event_session_speakers where session_id = $1`, [sessionId]);
    for (const [position, userId] of userIds.entries()) {
      await tx.query(`insert into event_session_speakers (session_id, user_id, position) values ($1, $2, $3)`, [sessionId, userId, position]);
    }
  }

  async insertTicketType(tx: EntityManager, data: Partial<TicketTypeEntity>, componentIds: readonly string[]): Promise<TicketTypeEntity> {
    const repo = tx.getRepository(TicketTypeEntity);
    const ticket = await repo.save(repo.create({ taken: 0, ...data }));
    for (const id of componentIds) await tx.query(`insert into bundle_items (bundle_id, ticket_type_id) values ($1, $2)`, [ticket.id, id]);
    return ticket;
  }

  async updateTicketType(tx: EntityManager, id: string, patch: Partial<TicketTypeEntity>): Promise<void> {
    if (Object.keys(patch).length) await tx.getRepository(TicketTypeEntity).update({ id }, { ...patch, updatedAt: new Date() });
  }

  async insertPromo(tx: EntityManager, data: Partial<PromoCodeEntity>, ticketTypeIds: readonly string[]): Promise<PromoCodeEntity> {
    const repo = tx.getRepository(PromoCodeEntity);
    const promo = await repo.save(repo.create({ uses: 0, active: true, ...data }));
    for (const id of ticketTypeIds) await tx.getRepository(PromoCodeTicketTypeEntity).insert({ promoCodeId: promo.id, ticketTypeId: id });
    return promo;
  }

  async updatePromo(tx: EntityManager, id: string, patch: Partial<PromoCodeEntity>): Promise<boolean> {
    const result = await tx.getRepository(PromoCodeEntity).update({ id }, patch);
    return (result.affected ?? 0) > 0;
  }

  findPromo(id: string): Promise<PromoCodeEntity | null> {
    return this.m().getRepository(PromoCodeEntity).findOneBy({ id });
  }

  listPromos(eventId: string | null): Promise<PromoCodeEntity[]> {
    return this.m().getRepository(PromoCodeEntity).find({ where: eventId ? { eventId } : {}, order: { createdAt: 'DESC' }, take: 500 });
  }

  promoTicketTypes(promoIds: readonly string[]): Promise<PromoCodeTicketTypeEntity[]> {
    if (promoIds.length === 0) return Promise.resolve([]);
    return this.m().getRepository(PromoCodeTicketTypeEntity).findBy({ promoCodeId: In([...promoIds]) });
  }

  /** Orders with a live seat in the event (cancelling the event). */
  async liveOrdersForEvent(eventId: string): Promise<string[]> {
    const rows: { order_id: string }[] = await this.m().query(
      `select distinct r.order_id from registrations r join orders o on o.id = r.order_id
        where r.event_id = $1 and r.status in ('held','confirmed') and o.state in ('pending','awaiting_payment','paid')`,
      [eventId],
    );
    return rows.map((r) => r.order_id);
  }

  async countUsers(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const [row]: { n: number }[] = await this.m().query(`select count(*)::int as n from users where id = any($1)`, [[...new Set(ids)]]);
    return row.n;
  }
}
