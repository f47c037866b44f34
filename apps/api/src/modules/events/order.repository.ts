import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OrderLineEntity } from './entities/order-line.entity';
import { OrderEntity } from './entities/order.entity';
import { RegistrationEntity } from './entities/registration.entity';

export type NewRegistration = Pick<
  RegistrationEntity,
  'orderLineId' | 'eventId' | 'ticketTypeId' | 'seatIndex' | 'attendeeUserId' | 'attendeeName' | 'attendeeEmail' | 'attendeeCredentials' | 'attendeeOrganization' | 'answers'
>;

/** Orders, their lines and the registrations (seats) they hold. */
@Injectable()
export class OrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: EntityManager): Promise<OrderEntity | null> {
    return this.m(tx).getRepository(OrderEntity).findOneBy({ id });
  }

  /** Locks the order: state changes on one order happen one at a time. */
  lock(tx: EntityManager, id: string): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
  }

  /** The order a buyer already placed with this key, if any (checked on every checkout: plain SQL, id only). */
  async idForIdempotencyKey(buyerId: string, key: string): Promise<string | null> {
    const rows: { id: string }[] = await this.m().query(`select id from orders where buyer_id = $1 and idempotency_key = $2`, [buyerId, key]);
    return rows[0]?.id ?? null;
  }

  forBuyer(buyerId: string, limit: number): Promise<OrderEntity[]> {
    return this.m().getRepository(OrderEntity).find({ where: { buyerId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** The order, its line and its registrations in one statement (the checkout's hot path: one round trip). */
  async insertWithLine(tx: EntityManager, o: OrderEntity, l: OrderLineEntity, registrations: RegistrationEntity[]): Promise<void> {
    const seats = registrations.map((r) => ({
      id: r.id,
      event_id: r.eventId,
      ticket_type_id: r.ticketTypeId,
      seat_index: r.seatIndex,
      attendee_user_id: r.attendeeUserId,
      attendee_name: r.attendeeName,
      attendee_email: r.attendeeEmail,
      attendee_credentials: r.attendeeCredentials,
      attendee_organization: r.attendeeOrganization,
      answers: r.answers,
      ics_uid: r.icsUid,
      ticket_token_id: r.ticketTokenId,
    }));
    await tx.query(
      `with o as (
         insert into orders (id, buyer_id, state, currency, subtotal_cents, discount_cents, total_cents, discount_reason, promo_code_id,
                             price_breakdown, buyer_tier, idempotency_key, hold_expires_at, waitlist_entry_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) returning id),
       l as (
         insert into order_lines (id, order_id, ticket_type_id, quantity, unit_list_cents, unit_discount_cents, line_total_cents)
         select $16, o.id, $17, $18, $19, $20, $21 from o returning id, order_id)
       insert into registrations (id, order_id, order_line_id, event_id, ticket_type_id, seat_index, attendee_user_id, attendee_name,
                                  attendee_email, attendee_credentials, attendee_organization, answers, status, ics_uid, ticket_token_id, created_at, updated_at)
       select r.id, l.order_id, l.id, r.event_id, r.ticket_type_id, r.seat_index, r.attendee_user_id, r.attendee_name,
              r.attendee_email, r.attendee_credentials, r.attendee_organization, r.answers, 'held', r.ics_uid, r.ticket_token_id, $15, $15
         from l, jsonb_to_recordset($22::jsonb) as r(id uuid, event_id uuid, ticket_type_id uuid, seat_index int, attendee_user_id uuid,
              attendee_name text, attendee_email text, attendee_credentials text, attendee_organization text, answers jsonb, ics_uid text, ticket_token_id uuid)`,
      [
        o.id, o.buyerId, o.state, o.currency, o.subtotalCents, o.discountCents, o.totalCents, o.discountReason, o.promoCodeId,
        JSON.stringify(o.priceBreakdown), o.buyerTier, o.idempotencyKey, o.holdExpiresAt, o.waitlistEntryId, o.createdAt,
        l.id, l.ticketTypeId, l.quantity, l.unitListCents, l.unitDiscountCents, l.lineTotalCents, JSON.stringify(seats),
      ],
    );
  }

  async update(tx: EntityManager, id: string, patch: Partial<OrderEntity>): Promise<void> {
    await tx.getRepository(OrderEntity).update({ id }, patch);
  }

  async setRegistrationStatus(tx: EntityManager, orderId: string, status: RegistrationEntity['status'], extra: Partial<RegistrationEntity> = {}): Promise<void> {
    await tx
      .getRepository(RegistrationEntity)
      .createQueryBuilder()
      .update()
      .set({ ...extra, status, icsSequence: () => (status === 'cancelled' ? 'ics_sequence + 1' : 'ics_sequence') })
      .where('order_id = :orderId', { orderId })
      // A seat its attendee already gave back keeps its own cancellation (time, SEQUENCE, refund).
      .andWhere(`status <> 'cancelled'`)
      .execute();
  }

  nextInvoiceNumber(tx: EntityManager): Promise<number> {
    return tx.query(`select nextval('order_invoice_seq')::int as n`).then((rows: { n: number }[]) => rows[0].n);
  }

  linesForOrders(orderIds: readonly string[], tx?: EntityManager): Promise<OrderLineEntity[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.m(tx).getRepository(OrderLineEntity).findBy({ orderId: In([...orderIds]) });
  }

  registrationsForOrders(orderIds: readonly string[], tx?: EntityManager): Promise<RegistrationEntity[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.m(tx)
      .getRepository(RegistrationEntity)
      .find({ where: { orderId: In([...orderIds]) }, order: { eventId: 'ASC', seatIndex: 'ASC' } });
  }

  /** Pending orders whose hold ran out before `now` (the expiry sweep). */
  async expiredHolds(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.m().query(`select id from orders where state = 'pending' and hold_expires_at <= $1 order by hold_expires_at limit $2`, [now, limit]);
    return rows.map((r) => r.id);
  }

  /** Whether this user holds a live (confirmed) seat in the event, as buyer or attendee. */
  async isRegistered(userId: string, eventId: string): Promise<boolean> {
    const rows = await this.m().query(
      `select 1 from registrations r join orders o on o.id = r.order_id
        where r.event_id = $2 and r.status = 'confirmed' and (o.buyer_id = $1 or r.attendee_user_id = $1) limit 1`,
      [userId, eventId],
    );
    return rows.length > 0;
  }
}
