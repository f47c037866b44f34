import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OrderState } from '@confer/libs/orders';
import { AgendaChoiceEntity } from './entities/agenda-choice.entity';
import { EventSessionEntity } from './entities/event-session.entity';
import { RegistrationEntity } from './entities/registration.entity';

/** A registration with the facts every access check and action needs (its order's buyer, state and line). */
export interface RegistrationRow extends RegistrationEntity {
  buyerId: string;
  orderState: OrderState;
  lineTicketTypeId: string;
  lineQuantity: number;
  unitPaidCents: number;
}

export interface RegistrationFilter {
  eventId: string;
  status: RegistrationEntity['status'] | null;
  checkedIn: boolean | null;
  ticketTypeId: string | null;
  /** Name, email or organization contains this (case-insensitive). */
  search: string | null;
  limit: number;
  offset: number;
}

const SELECT = `select r.*, o.buyer_id, o.state as order_state, l.ticket_type_id as line_ticket_type_id, l.quantity as line_quantity,
                       (l.unit_list_cents - l.unit_discount_cents) as unit_paid_cents
                  from registrations r join orders o on o.id = r.order_id join order_lines l on l.id = r.order_line_id`;

/** Registrations seen from the attendee's side: reading, cancelling seats, transfers, check-in, agenda choices. */
@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  private async rows(sql: string, params: unknown[], tx?: EntityManager): Promise<RegistrationRow[]> {
    const raw: Record<string, unknown>[] = await this.m(tx).query(sql, params);
    return raw.map(toRow);
  }

  async findById(id: string, tx?: EntityManager): Promise<RegistrationRow | null> {
    return (await this.rows(`${SELECT} where r.id = $1`, [id], tx))[0] ?? null;
  }

  /** Locks the order first, then reads the registration: seat changes on one order happen one at a time. */
  async lock(tx: EntityManager, id: string): Promise<RegistrationRow | null> {
    const [found]: { order_id: string }[] = await tx.query(`select order_id from registrations where id = $1`, [id]);
    if (!found) return null;
    await tx.query(`select id from orders where id = $1 for update`, [found.order_id]);
    return (await this.rows(`${SELECT} where r.id = $1 for update of r`, [id], tx))[0] ?? null;
  }

  async findByIds(ids: readonly string[], tx?: EntityManager): Promise<RegistrationRow[]> {
    if (ids.length === 0) return [];
    return this.rows(`${SELECT} where r.id = any($1)`, [[...ids]], tx);
  }

  /** A member's seats: those they bought and those they attend with (expired holds left out). */
  forMember(userId: string): Promise<RegistrationRow[]> {
    return this.rows(
      `${SELECT} join events e on e.id = r.event_id
        where (o.buyer_id = $1 or r.attendee_user_id = $1) and r.status <> 'expired'
        order by e.starts_at, r.event_id, r.seat_index`,
      [userId],
    );
  }

  /** The seats bought as one unit: the same attendee (seat index) of one order line, in every event of a bundle. */
  unit(tx: EntityManager, orderLineId: string, seatIndex: number): Promise<RegistrationRow[]> {
    return this.rows(`${SELECT} where r.order_line_id = $1 and r.seat_index = $2 order by r.event_id for update of r`, [orderLineId, seatIndex], tx);
  }

  /** Live (held or confirmed) seats left in an order. */
  async liveUnits(tx: EntityManager, orderId: string): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      `select count(distinct (order_line_id, seat_index))::int as n from registrations where order_id = $1 and status in ('held','confirmed')`,
      [orderId],
    );
    return row.n;
  }

  /** Cancels confirmed seats (conditional: a seat already cancelled is left alone); raises SEQUENCE for the CANCEL. */
  async cancel(tx: EntityManager, ids: readonly string[], patch: { at: Date; by: string | null; refundCents: number | null }): Promise<string[]> {
    const [rows]: [{ id: string }[]] = await tx.query(
      `update registrations set status = 'cancelled', ics_sequence = ics_sequence + 1, cancelled_at = $2, cancelled_by = $3,
              refund_cents = $4, updated_at = now()
        where id = any($1) and status = 'confirmed' returning id`,
      [[...ids], patch.at, patch.by, patch.refundCents],
    );
    return rows.map((r) => r.id);
  }

  /**
   * A seat given back from a multi-seat order: the line and the order now cover one unit fewer (their
   * totals stay consistent with the CHECKs), so a later cancellation of the whole order releases
   * only the seats still held. The seat's refund is recorded on the registration.
   */
  async shrinkOrder(tx: EntityManager, orderLineId: string, orderId: string): Promise<void> {
    await tx.query(
      `update order_lines set quantity = quantity - 1, line_total_cents = line_total_cents - (unit_list_cents - unit_discount_cents) where id = $1`,
      [orderLineId],
    );
    await tx.query(
      `update orders o set subtotal_cents = o.subtotal_cents - l.unit_list_cents, discount_cents = o.discount_cents - l.unit_discount_cents,
              total_cents = o.total_cents - (l.unit_list_cents - l.unit_discount_cents), updated_at = now()
         from order_lines l where o.id = $2 and l.id = $1`,
      [orderLineId, orderId],
    );
  }

  /** Moves seats to another attendee: new ticket token (the old QR stops working), higher SEQUENCE, the previous holder kept. */
  async transfer(
    tx: EntityManager,
    ids: readonly string[],
    to: { name: string; email: string; userId: string | null; credentials: string | null; organization: string | null },
    at: Date,
  ): Promise<void> {
    await tx.query(
      `update registrations set transferred_from = jsonb_build_object('name', attendee_name, 'email', attendee_email, 'userId', attendee_user_id),
              attendee_name = $2, attendee_email = $3, attendee_user_id = $4, attendee_credentials = $5, attendee_organization = $6,
              answers = '{}', ticket_token_id = gen_random_uuid(), ics_sequence = ics_sequence + 1, transferred_at = $7, updated_at = now()
        where id = any($1) and status = 'confirmed'`,
      [[...ids], to.name, to.email, to.userId, to.credentials, to.organization, at],
    );
    await tx.query(`delete from agenda_choices where registration_id = any($1)`, [[...ids]]);
  }

  async updateAttendee(tx: EntityManager, id: string, patch: { name: string; credentials: string | null; organization: string | null; answers: Record<string, string> }): Promise<void> {
    await tx.query(
      `update registrations set attendee_name = $2, attendee_credentials = $3, attendee_organization = $4, answers = $5, updated_at = now() where id = $1`,
      [id, patch.name, patch.credentials, patch.organization, JSON.stringify(patch.answers)],
    );
  }

  /** Ties seats to the member whose verified address they were bought for (so a colleague sees their ticket). */
  async linkAttendees(tx: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(
      `update registrations r set attendee_user_id = u.id from users u
        where r.id = any($1) and r.attendee_user_id is null and u.email = lower(r.attendee_email) and u.email_verified_at is not null`,
      [[...ids]],
    );
  }

  /** Seats bought for this member's verified address before their account existed (or was verified). */
  async claimForUser(userId: string): Promise<void> {
    await this.m().query(
      `update registrations r set attendee_user_id = u.id, updated_at = now() from users u
        where u.id = $1 and u.email_verified_at is not null and r.attendee_user_id is null and lower(r.attendee_email) = u.email
          and r.status in ('held','confirmed')`,
      [userId],
    );
  }

  /**
   * Marks attendance once: only a confirmed seat not yet checked in is updated — and, for a scanned
   * ticket, only while it still carries that ticket token (a transfer committing meanwhile voids it).
   */
  async checkIn(tx: EntityManager, id: string, by: string, at: Date, ticketTokenId: string | null): Promise<boolean> {
    const [rows]: [unknown[]] = await tx.query(
      `update registrations set checked_in_at = $3, checked_in_by = $2, updated_at = now()
        where id = $1 and status = 'confirmed' and checked_in_at is null and ($4::uuid is null or ticket_token_id = $4::uuid) returning id`,
      [id, by, at, ticketTokenId],
    );
    return rows.length > 0;
  }

  async attendance(eventId: string): Promise<{ checkedIn: number; confirmed: number }> {
    const [row]: { checked_in: number; confirmed: number }[] = await this.m().query(
      `select count(*) filter (where checked_in_at is not null)::int as checked_in, count(*)::int as confirmed
         from registrations where event_id = $1 and status = 'confirmed'`,
      [eventId],
    );
    return { checkedIn: row.checked_in, confirmed: row.confirmed };
  }

  list(f: RegistrationFilter): Promise<RegistrationRow[]> {
    const where = ['r.event_id = $1'];
    const params: unknown[] = [f.eventId];
    if (f.status) where.push(`r.status = $${params.push(f.status)}`);
    else where.push(`r.status <> 'expired'`);
    if (f.checkedIn !== null) where.push(f.checkedIn ? 'r.checked_in_at is not null' : 'r.checked_in_at is null');
    if (f.ticketTypeId) where.push(`(r.ticket_type_id = $${params.push(f.ticketTypeId)} or l.ticket_type_id = $${params.length})`);
    if (f.search) {
      const p = params.push(`%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(r.attendee_name ilike $${p} or r.attendee_email ilike $${p} or coalesce(r.attendee_organization, '') ilike $${p})`);
    }
    const limit = params.push(f.limit);
    const offset = params.push(f.offset);
    return this.rows(`${SELECT} where ${where.join(' and ')} order by lower(r.attendee_name), r.id limit $${limit} offset $${offset}`, params);
  }

  /** Every live seat of an event (cancelling the event). */
  liveForEvent(tx: EntityManager, eventId: string): Promise<RegistrationRow[]> {
    return this.rows(`${SELECT} where r.event_id = $1 and r.status in ('held','confirmed') order by r.order_id for update of r`, [eventId], tx);
  }

  /** Orders with a seat in the event, for the CSV export. */
  ordersForEvent(eventId: string): Promise<Record<string, unknown>[]> {
    return this.m().query(
      `select o.id, o.invoice_number, o.state, u.display_name as buyer_name, u.email as buyer_email, o.subtotal_cents, o.discount_cents,
              o.total_cents, o.discount_reason, o.refund_cents, o.created_at, o.confirmed_at, o.paid_at, o.cancelled_at,
              (select string_agg(t.name || ' x' || l.quantity, '; ' order by t.name) from order_lines l join ticket_types t on t.id = l.ticket_type_id where l.order_id = o.id) as items
         from orders o join users u on u.id = o.buyer_id
        where o.state <> 'expired' and exists (select 1 from registrations r where r.order_id = o.id and r.event_id = $1)
        order by o.created_at`,
      [eventId],
    );
  }

  /** Confirmed seats a member attends with (their calendar). */
  confirmedForAttendee(userId: string): Promise<RegistrationRow[]> {
    return this.rows(`${SELECT} where r.attendee_user_id = $1 and r.status = 'confirmed'`, [userId]);
  }

  async findByIcsUid(uid: string): Promise<RegistrationRow | null> {
    return (await this.rows(`${SELECT} where r.ics_uid = $1`, [uid]))[0] ?? null;
  }

  // ---- personal agenda ----------------------------------------------------------------------

  /** The member's own confirmed seat in an event (as its attendee), if any. */
  async attendeeSeat(userId: string, eventId: string, tx?: EntityManager): Promise<RegistrationRow | null> {
    return (await this.rows(`${SELECT} where r.event_id = $1 and r.attendee_user_id = $2 and r.status = 'confirmed' order by r.created_at limit 1`, [eventId, userId], tx))[0] ?? null;
  }

  async chosenSessions(registrationId: string, tx?: EntityManager): Promise<EventSessionEntity[]> {
    return this.m(tx)
      .getRepository(EventSessionEntity)
      .createQueryBuilder('s')
      .innerJoin(AgendaChoiceEntity, 'c', 'c.session_id = s.id')
      .where('c.registration_id = :registrationId', { registrationId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.position', 'ASC')
      .getMany();
  }

  choicesFor(registrationIds: readonly string[]): Promise<AgendaChoiceEntity[]> {
    if (registrationIds.length === 0) return Promise.resolve([]);
    return this.m().query(
      `select registration_id as "registrationId", session_id as "sessionId", user_id as "userId", created_at as "createdAt" from agenda_choices where registration_id = any($1)`,
      [[...registrationIds]],
    );
  }

  async choose(tx: EntityManager, registrationId: string, sessionId: string, userId: string): Promise<void> {
    await tx.query(`insert into agenda_choices (registration_id, session_id, user_id) values ($1, $2, $3) on conflict do nothing`, [registrationId, sessionId, userId]);
  }

  async unchoose(registrationId: string, sessionId: string): Promise<void> {
    await this.m().query(`delete from agenda_choices where registration_id = $1 and session_id = $2`, [registrationId, sessionId]);
  }

  findSession(id: string, tx?: EntityManager): Promise<EventSessionEntity | null> {
    return this.m(tx).getRepository(EventSessionEntity).findOneBy({ id });
  }

  /** A member's chosen sessions on confirmed seats (the personal calendar). */
  async chosenSessionsFor(userId: string): Promise<{ session: EventSessionEntity; registrationId: string; chosenAt: Date }[]> {
    const rows: Record<string, unknown>[] = await this.m().query(
      `select s.*, c.registration_id as choice_registration_id, c.created_at as chosen_at
         from agenda_choices c join registrations r on r.id = c.registration_id join event_sessions s on s.id = c.session_id
        where r.attendee_user_id = $1 and c.user_id = $1 and r.status = 'confirmed'`,
      [userId],
    );
    return rows.map((r) => ({
      registrationId: r.choice_registration_id as string,
      chosenAt: r.chosen_at as Date,
      session: {
        id: r.id as string,
        eventId: r.event_id as string,
        type: r.type as EventSessionEntity['type'],
        title: r.title as string,
        description: r.description as string | null,
        track: r.track as string | null,
        room: r.room as string | null,
        startsAt: r.starts_at as Date,
        endsAt: r.ends_at as Date,
        position: r.position as number,
        createdAt: r.created_at as Date,
      },
    }));
  }
}

function toRow(r: Record<string, unknown>): RegistrationRow {
  return {
    id: r.id as string,
    orderId: r.order_id as string,
    orderLineId: r.order_line_id as string,
    eventId: r.event_id as string,
    ticketTypeId: r.ticket_type_id as string,
    seatIndex: r.seat_index as number,
    attendeeUserId: r.attendee_user_id as string | null,
    attendeeName: r.attendee_name as string,
    attendeeEmail: r.attendee_email as string,
    attendeeCredentials: r.attendee_credentials as string | null,
    attendeeOrganization: r.attendee_organization as string | null,
    answers: (r.answers as Record<string, string>) ?? {},
    status: r.status as RegistrationEntity['status'],
    icsUid: r.ics_uid as string,
    icsSequence: r.ics_sequence as number,
    ticketTokenId: r.ticket_token_id as string,
    checkedInAt: r.checked_in_at as Date | null,
    checkedInBy: r.checked_in_by as string | null,
    cancelledAt: r.cancelled_at as Date | null,
    cancelledBy: r.cancelled_by as string | null,
    refundCents: r.refund_cents as number | null,
    transferredAt: r.transferred_at as Date | null,
    transferredFrom: r.transferred_from as RegistrationEntity['transferredFrom'],
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    buyerId: r.buyer_id as string,
    orderState: r.order_state as OrderState,
    lineTicketTypeId: r.line_ticket_type_id as string,
    lineQuantity: r.line_quantity as number,
    unitPaidCents: Number(r.unit_paid_cents),
  };
}
