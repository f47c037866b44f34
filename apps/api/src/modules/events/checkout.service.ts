import { Inject, Injectable } from '@nestjs/common';
import { eventsPolicy, isSignedIn, isStaff } from '@confer/libs/access';
import { cancellation, nextOrderState, OrderEvent, saleProblem } from '@confer/libs/orders';
import { PriceBreakdown, priceItem, PromoCode } from '@confer/libs/pricing';
import { DateTime } from 'luxon';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { TransactionRunner, Tx, readTogether } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { MembershipService, ResolvedViewer } from '../accounts/membership.service';
import { RealtimeGateway } from '../../core/realtime/realtime.gateway';
import { PremiumGrantRepository } from '../accounts/premium-grant.repository';
import { CourseAccessService } from '../learning/course-access.service';
import type { EventEntity } from './entities/event.entity';
import type { OrderEntity } from './entities/order.entity';
import type { TicketTypeEntity } from './entities/ticket-type.entity';
import type { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { EventRepository } from './event.repository';
import { EventsException, EventsErrorCode } from './events.exception';
import { EventsGateway } from './events.gateway';
import { EVENTS_QUEUES } from './events-queues';
import type { AnswerInput, AttendeeInput, CheckoutInput, PriceQuoteInput } from './graphql/checkout.input';
import { fewestSeatsLeft, toOrderModel, toQuoteModel } from './graphql/events.mapper';
import type { OrderModel } from './graphql/order.model';
import { PriceQuoteModel, PromoProblemGql } from './graphql/ticket.model';
import { OrderHooks } from './order-hooks';
import { NewRegistration, OrderRepository } from './order.repository';
import type { OrderLineEntity } from './entities/order-line.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { randomUUID } from 'node:crypto';
import { PaymentProvider } from './payment-provider';
import { PromoCodeRepository } from './promo-code.repository';
import { SeatChanges } from './seat-changes';
import { SeatLedgerService } from './seat-ledger.service';
import { TicketTypeRepository } from './ticket-type.repository';

/** What one ticket type sells: the rows whose seats it takes and the events it gives seats in. */
export interface Purchase {
  ticket: TicketTypeEntity;
  /** The event tickets whose seats are registered (the ticket itself, or a bundle's components). */
  components: TicketTypeEntity[];
  events: EventEntity[];
  /** Every counter a unit takes a seat from (the ticket and, for a bundle, each component). */
  seatRows: string[];
}

interface PricedPromo {
  promo: PromoCode | null;
  promoId: string | null;
  problem: PromoProblemGql | null;
}

const PROMO_ERRORS: Partial<Record<string, EventsErrorCode>> = { expired: 'PROMO_EXPIRED', used_up: 'PROMO_USED_UP', not_applicable: 'PROMO_NOT_APPLICABLE' };
const UNIQUE_VIOLATION = '23505';

/** One seat as asked for at checkout: who attends which event, with their answers. */
type SeatRequest = Omit<NewRegistration, 'orderLineId'>;

/**
 * Pricing, checkout and the order's life. Membership is decided on the server from the session at the
 * moment of purchase; seats are taken by SeatLedgerService inside the order's transaction, last, so the
 * ticket row is locked for as short a time as possible.
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly events: EventRepository,
    private readonly tickets: TicketTypeRepository,
    private readonly promos: PromoCodeRepository,
    private readonly orders: OrderRepository,
    private readonly seats: SeatLedgerService,
    private readonly grants: PremiumGrantRepository,
    private readonly courses: CourseAccessService,
    private readonly membership: MembershipService,
    private readonly realtime: RealtimeGateway,
    private readonly payment: PaymentProvider,
    private readonly hooks: OrderHooks,
    private readonly live: EventsGateway,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Pricing
  // ---------------------------------------------------------------------------------------------

  /** A ticket type the viewer may see, with what it sells. Drafts look like nothing to non-staff. */
  async purchase(actor: ResolvedViewer, ticketTypeId: string, tx?: Tx): Promise<Purchase> {
    const [ticket, events] = await readTogether(tx, () => this.tickets.findById(ticketTypeId, tx), () => this.events.forTicket(ticketTypeId, tx));
    if (!ticket) throw new EventsException('TICKET_TYPE_NOT_FOUND');
    const components = ticket.kind === 'bundle' ? await this.tickets.findByIds((await this.tickets.bundleItems([ticket.id], tx)).map((b) => b.ticketTypeId), tx) : ticket.kind === 'event' ? [ticket] : [];
    if (events.some((e) => !eventsPolicy.canSeeEvent(actor.viewer, e)) || (!ticket.active && !isStaff(actor.viewer))) throw new EventsException('TICKET_TYPE_NOT_FOUND');
    return { ticket, components, events, seatRows: [...new Set([ticket.id, ...components.map((c) => c.id)])] };
  }

  /**
   * A course product is for members who cannot study the course yet: premium membership, a Residency
   * seat, a staff grant or an earlier purchase already open it, so charging (even $0, which would
   * outlive a lapsed membership as a purchase grant) would sell nothing.
   */
  private async refuseOpenCourse(actor: ResolvedViewer, p: Purchase): Promise<void> {
    if (p.ticket.kind !== 'course' || !p.ticket.courseId || !isSignedIn(actor.viewer)) return;
    if ((await this.courses.decide(actor.viewer, p.ticket.courseId)).canStudy) throw new EventsException('COURSE_ALREADY_OPEN');
  }

  private async promoFor(code: string | null | undefined, p: Purchase, strict: boolean): Promise<PricedPromo> {
    if (!code?.trim()) return { promo: null, promoId: null, problem: null };
    const found = await this.promos.findByCode(code);
    if (!found) {
      if (strict) throw new EventsException('PROMO_NOT_FOUND');
      return { promo: null, promoId: null, problem: PromoProblemGql.NOT_FOUND };
    }
    const { promo, ticketTypeIds } = found;
    if (promo.eventId && !p.events.some((e) => e.id === promo.eventId)) {
      if (strict) throw new EventsException('PROMO_OTHER_EVENT');
      return { promo: null, promoId: null, problem: PromoProblemGql.OTHER_EVENT };
    }
    return {
      promo: { code: promo.code, percentOff: promo.percentOff, amountOffCents: promo.amountOffCents, expiresAt: promo.expiresAt, maxUses: promo.maxUses, uses: promo.uses, ticketTypeIds },
      promoId: promo.id,
      problem: null,
    };
  }

  private price(p: Purchase, tier: 'guest' | 'premium', promo: PromoCode | null): PriceBreakdown {
    const t = p.ticket;
    return priceItem({ item: { listPriceCents: t.listPriceCents, inPerson: t.inPerson, includedInPremium: t.includedInPremium, ticketTypeId: t.id }, buyerTier: tier, promo, now: this.clock.now() });
  }

  /** The breakdown checkout shows before the buyer commits (same function, same facts as checkout). */
  async quote(actor: ResolvedViewer, input: PriceQuoteInput): Promise<PriceQuoteModel> {
    const p = await this.purchase(actor, input.ticketTypeId);
    await this.refuseOpenCourse(actor, p);
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > p.ticket.maxPerOrder) throw new EventsException('INVALID_QUANTITY');
    const promo = await this.promoFor(input.promoCode, p, false);
    const b = this.price(p, actor.membership.tier, promo.promo);
    return toQuoteModel(p.ticket.id, input.quantity, actor.membership.tier, b, promo.problem ?? (b.promoProblem as PromoProblemGql | null));
  }

  // ---------------------------------------------------------------------------------------------
  // Checkout
  // ---------------------------------------------------------------------------------------------

  async checkout(actor: ResolvedViewer, input: CheckoutInput): Promise<OrderModel> {
    const buyerId = this.signedIn(actor);
    const existing = await this.orders.idForIdempotencyKey(buyerId, input.idempotencyKey);
    if (existing) return this.replay(existing, input);
    const p = await this.purchase(actor, input.ticketTypeId);
    await this.refuseOpenCourse(actor, p);
    // Seats as just read with the ticket: a quick answer when sold out; the guarded update decides.
    const problem = saleProblem(
      { active: p.ticket.active, events: p.events, saleStartsAt: p.ticket.saleStartsAt, saleEndsAt: p.ticket.saleEndsAt, maxPerOrder: p.ticket.maxPerOrder, audience: p.ticket.audience, seatsLeft: fewestSeatsLeft([p.ticket, ...p.components]) },
      { quantity: input.quantity, buyerTier: actor.membership.tier, now: this.clock.now() },
    );
    try {
      if (problem) throw new EventsException(problem);
      return await this.placeOrder(actor, p, input, null);
    } catch (e) {
      // A double click: the first request committed the order (it may have taken the last seat, so
      // this one was refused as sold out — already when reading the ticket, or by the guarded update —
      // or its insert met the key's unique constraint): answer with it.
      const soldOut = e instanceof EventsException && e.reason === 'SOLD_OUT';
      if (soldOut || ((e as { code?: string }).code === UNIQUE_VIOLATION && (e as { constraint?: string }).constraint === 'orders_idempotency')) {
        const first = await this.orders.idForIdempotencyKey(buyerId, input.idempotencyKey);
        if (first) return this.replay(first, input);
      }
      throw e;
    }
  }

  /**
   * Writes the order, its line and its registrations, then takes the seats (or uses the seats a
   * waiting-list offer holds), all in one transaction: any refusal leaves nothing behind.
   */
  async placeOrder(
    actor: ResolvedViewer,
    p: Purchase,
    input: { quantity: number; promoCode?: string | null; attendees: AttendeeInput[]; answers: AnswerInput[]; idempotencyKey: string },
    offer: WaitlistEntryEntity | null,
    tx?: Tx,
  ): Promise<OrderModel> {
    const buyerId = this.signedIn(actor);
    const regs = this.registrationsFor(p, input.quantity, input.attendees, input.answers, actor);
    const promo = await this.promoFor(input.promoCode, p, true);
    const unit = this.price(p, actor.membership.tier, promo.promo);
    const promoError = unit.promoProblem ? PROMO_ERRORS[unit.promoProblem] : undefined;
    if (promoError) throw new EventsException(promoError);
    const now = this.clock.now();
    const order = this.newOrder({
      buyerId,
      subtotalCents: unit.listPriceCents * input.quantity,
      discountCents: unit.discountCents * input.quantity,
      totalCents: unit.totalCents * input.quantity,
      discountReason: unit.reason,
      promoCodeId: unit.reason === 'promo_code' ? promo.promoId : null,
      priceBreakdown: unit,
      buyerTier: actor.membership.tier,
      idempotencyKey: input.idempotencyKey,
      holdExpiresAt: new Date(now.getTime() + this.config.events.holdMinutes * 60_000),
      waitlistEntryId: offer?.id ?? null,
      createdAt: now,
    });
    const line: OrderLineEntity = {
      id: randomUUID(),
      orderId: order.id,
      ticketTypeId: p.ticket.id,
      quantity: input.quantity,
      unitListCents: unit.listPriceCents,
      unitDiscountCents: unit.discountCents,
      lineTotalCents: unit.totalCents * input.quantity,
    };
    const host = new URL(this.config.publicUrl).hostname;
    const registrations = regs.map((r) => this.newRegistration(order, line, r, host, now));
    const changes = new SeatChanges();
    const work = async (tx: Tx) => {
      // Seats first: in a rush every buyer reads "seats left" before anyone commits, so most reach this
      // point; a refusal then costs one statement, not the inserts and a rollback. The row stays
      // locked through the few statements that follow.
      if (!offer && !(await this.seats.take(tx, p.seatRows, input.quantity))) throw new EventsException('SOLD_OUT');
      await this.orders.insertWithLine(tx, order, line, registrations);
      if (order.promoCodeId && !(await this.promos.use(tx, order.promoCodeId))) throw new EventsException('PROMO_USED_UP');
      if (order.totalCents > 0) await this.jobs.send(EVENTS_QUEUES.expireHold, { orderId: order.id }, { tx, startAfter: order.holdExpiresAt!, retryLimit: 5 });
      changes.seats(...p.seatRows).inEvents(...p.events.map((e) => e.id));
      if (order.totalCents === 0) await this.confirmInTx(tx, order, 'confirm_free', actor);
    };
    if (tx) await work(tx);
    else await this.transactions.run(work);
    if (!tx) this.live.publish(changes);
    // A pending order is exactly what was written; anything confirmed at once is read back.
    if (order.totalCents > 0) return toOrderModel(order, [line], new Map([[p.ticket.id, p.ticket.name]]), registrations);
    return this.present(order.id, tx);
  }

  private newOrder(data: Pick<OrderEntity, 'buyerId' | 'subtotalCents' | 'discountCents' | 'totalCents' | 'discountReason' | 'promoCodeId' | 'priceBreakdown' | 'buyerTier' | 'idempotencyKey' | 'holdExpiresAt' | 'waitlistEntryId' | 'createdAt'>): OrderEntity {
    return {
      ...data,
      id: randomUUID(),
      state: 'pending',
      currency: 'USD',
      updatedAt: data.createdAt,
      invoiceNumber: null,
      paymentProvider: null,
      paymentReference: null,
      premiumGrantId: null,
      confirmedAt: null,
      paidAt: null,
      markedPaidBy: null,
      expiredAt: null,
      cancelledAt: null,
      cancelledBy: null,
      refundedAt: null,
      refundCents: null,
      cancelReason: null,
    };
  }

  private newRegistration(order: OrderEntity, line: OrderLineEntity, r: SeatRequest, host: string, now: Date): RegistrationEntity {
    return {
      ...r,
      id: randomUUID(),
      orderId: order.id,
      orderLineId: line.id,
      status: 'held',
      icsUid: `${randomUUID()}@${host}`,
      icsSequence: 0,
      ticketTokenId: randomUUID(),
      checkedInAt: null,
      checkedInBy: null,
      cancelledAt: null,
      cancelledBy: null,
      refundCents: null,
      transferredAt: null,
      transferredFrom: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** The same key again: the same order, if it is the same purchase. */
  private async replay(orderId: string, input: CheckoutInput): Promise<OrderModel> {
    const [line] = await this.orders.linesForOrders([orderId]);
    if (!line || line.ticketTypeId !== input.ticketTypeId.toLowerCase() || line.quantity !== input.quantity) throw new EventsException('IDEMPOTENCY_KEY_REUSED');
    return this.present(orderId);
  }

  /** One registration per attendee per event, with that event's answers checked. */
  private registrationsFor(p: Purchase, quantity: number, attendees: AttendeeInput[], shared: AnswerInput[], actor: ResolvedViewer): SeatRequest[] {
    if (p.ticket.kind === 'membership' || p.ticket.kind === 'course') {
      if (attendees.length > 0) throw new EventsException('ATTENDEES_MISMATCH');
      return [];
    }
    if (attendees.length !== quantity) throw new EventsException('ATTENDEES_MISMATCH');
    const buyerEmail = actor.user!.email.toLowerCase();
    return attendees.flatMap((a, seatIndex) => {
      const given = new Map([...shared, ...a.answers].map((x) => [x.questionId, x.value.trim()]));
      return p.components.map((c) => {
        const event = p.events.find((e) => e.id === c.eventId)!;
        return {
          eventId: event.id,
          ticketTypeId: c.id,
          seatIndex,
          attendeeUserId: a.email.trim().toLowerCase() === buyerEmail ? actor.user!.id : null,
          attendeeName: a.name.trim(),
          attendeeEmail: a.email.trim(),
          attendeeCredentials: a.credentials?.trim() || null,
          attendeeOrganization: a.organization?.trim() || null,
          answers: this.answersFor(event, given),
        };
      });
    });
  }

  private answersFor(event: EventEntity, given: Map<string, string>): Record<string, string> {
    const answers: Record<string, string> = {};
    for (const q of event.questions ?? []) {
      const value = given.get(q.id) ?? '';
      if (!value) {
        if (q.required) throw new EventsException('ANSWER_REQUIRED', { fields: { [q.id]: `${q.label}: please answer.` } });
        continue;
      }
      if (q.kind === 'choice' && !(q.options ?? []).includes(value)) throw new EventsException('INVALID_ANSWER', { fields: { [q.id]: `${q.label}: choose one of the options.` } });
      answers[q.id] = value;
    }
    return answers;
  }

  // ---------------------------------------------------------------------------------------------
  // The order's life
  // ---------------------------------------------------------------------------------------------

  /** Confirms a pending order through the payment provider (default: invoice, pay later). */
  async confirm(actor: ResolvedViewer, orderId: string): Promise<OrderModel> {
    this.signedIn(actor);
    const changes = new SeatChanges();
    const outcome = await this.transactions.run(async (tx) => {
      const order = await this.orders.lock(tx, orderId);
      if (!order || !eventsPolicy.canSeeOrder(actor.viewer, order)) throw new EventsException('ORDER_NOT_FOUND');
      if (order.state === 'awaiting_payment' || order.state === 'paid') return 'done' as const; // a second click
      if (order.state === 'expired') return 'expired' as const;
      if (order.state !== 'pending') throw new EventsException('INVALID_ORDER_STATE');
      if (order.holdExpiresAt && order.holdExpiresAt.getTime() <= this.clock.now().getTime()) {
        await this.expireInTx(tx, order, changes);
        return 'expired' as const;
      }
      await this.confirmInTx(tx, order, order.totalCents === 0 ? 'confirm_free' : null, actor);
      return 'done' as const;
    });
    this.live.publish(changes);
    // The expiry commits before the buyer hears of it: the seats are back on sale either way.
    if (outcome === 'expired') throw new EventsException('ORDER_EXPIRED');
    return this.present(orderId);
  }

  /**
   * The "order confirmed" point: registrations become confirmed, a bought membership is granted when
   * paid, and other areas' hooks run (confirmation emails, invites) in this same transaction.
   */
  private async confirmInTx(tx: Tx, order: OrderEntity, event: OrderEvent | null, actor: ResolvedViewer | null): Promise<void> {
    const now = this.clock.now();
    let state = event ? nextOrderState(order.state, event) : null;
    const patch: Partial<OrderEntity> = { confirmedAt: now, holdExpiresAt: null };
    if (!event) {
      const invoiceNumber = `INV-${now.getUTCFullYear()}-${await this.orders.nextInvoiceNumber(tx)}`;
      const buyerEmail = actor?.user?.email ?? '';
      const paid = await this.payment.confirm({ orderId: order.id, totalCents: order.totalCents, currency: order.currency, invoiceNumber, buyerEmail });
      state = nextOrderState(order.state, paid.state === 'paid' ? 'confirm_paid' : 'confirm_invoice');
      Object.assign(patch, { invoiceNumber, paymentProvider: paid.provider, paymentReference: paid.reference });
    } else {
      patch.paymentProvider = 'none';
    }
    if (!state) throw new EventsException('INVALID_ORDER_STATE');
    patch.state = state;
    if (state === 'paid') {
      patch.paidAt = now;
      patch.premiumGrantId = await this.grantBought(tx, order);
    }
    await this.orders.update(tx, order.id, patch);
    await this.orders.setRegistrationStatus(tx, order.id, 'confirmed');
    await this.hooks.confirmed(await this.change(tx, { ...order, ...patch }));
  }

  /** What a membership or course order bought (null for event tickets, which are seats). */
  private async product(tx: Tx, orderId: string): Promise<{ line: OrderLineEntity; ticket: TicketTypeEntity } | null> {
    const [line] = await this.orders.linesForOrders([orderId], tx);
    const ticket = line ? await this.tickets.findById(line.ticketTypeId, tx) : null;
    return line && ticket && (ticket.kind === 'membership' || ticket.kind === 'course') ? { line, ticket } : null;
  }

  /**
   * A paid product is granted: a course opens (a 'purchase' grant referenced by the order); a
   * membership becomes a premium grant (source 'purchase'), extending a current one, whose id is returned.
   */
  private async grantBought(tx: Tx, order: OrderEntity): Promise<string | null> {
    const bought = await this.product(tx, order.id);
    if (bought?.ticket.kind === 'course' && bought.ticket.courseId) {
      await this.courses.grantForPurchase(tx, { userId: order.buyerId, orderId: order.id, courseId: bought.ticket.courseId });
      return null;
    }
    const months = bought?.ticket.membershipMonths;
    if (!bought || !months) return null;
    const now = this.clock.now();
    const { membership } = await this.membership.viewerForUserId(order.buyerId);
    const current = membership.source === 'individual' ? membership.validUntil : null;
    const startsAt = current && current.getTime() > now.getTime() ? current : now;
    const endsAt = DateTime.fromJSDate(startsAt).plus({ months: months * bought.line.quantity }).toJSDate();
    const grant = await this.grants.insert({ userId: order.buyerId, startsAt, endsAt, note: `Order ${order.invoiceNumber ?? order.id}`, source: 'purchase', grantedBy: null }, tx);
    return grant.id;
  }

  /** Staff record that an invoice was paid. */
  async markPaid(actor: ResolvedViewer, orderId: string, reference: string | null): Promise<OrderModel> {
    this.staffOnly(actor);
    await this.transactions.run(async (tx) => {
      const order = await this.orders.lock(tx, orderId);
      if (!order) throw new EventsException('ORDER_NOT_FOUND');
      if (order.state === 'expired') throw new EventsException('ORDER_EXPIRED');
      const state = nextOrderState(order.state, 'mark_paid');
      if (!state) throw new EventsException('INVALID_ORDER_STATE');
      const patch: Partial<OrderEntity> = { state, paidAt: this.clock.now(), markedPaidBy: actor.viewer.userId, paymentReference: reference ?? order.paymentReference };
      patch.premiumGrantId = await this.grantBought(tx, order);
      await this.orders.update(tx, order.id, patch);
    });
    return this.present(orderId);
  }

  /** The buyer before the deadline, or staff at any time: unpaid orders are cancelled, paid ones refunded (recorded). */
  async cancel(actor: ResolvedViewer, orderId: string, reason: string | null): Promise<OrderModel> {
    this.signedIn(actor);
    const changes = new SeatChanges();
    const revokedFor = await this.transactions.run(async (tx) => {
      const order = await this.orders.lock(tx, orderId);
      if (!order || !eventsPolicy.canSeeOrder(actor.viewer, order)) throw new EventsException('ORDER_NOT_FOUND');
      const regs = await this.orders.registrationsForOrders([order.id], tx);
      const events = await this.events.findByIds([...new Set(regs.map((r) => r.eventId))], tx);
      const decision = cancellation(order.state, {
        deadlines: events.map((e) => e.cancellationDeadline),
        starts: events.map((e) => e.startsAt),
        now: this.clock.now(),
        byStaff: isStaff(actor.viewer),
      });
      if ('problem' in decision) throw new EventsException(decision.problem);
      const now = this.clock.now();
      const refund = decision.event === 'refund';
      const patch: Partial<OrderEntity> = {
        state: nextOrderState(order.state, decision.event)!,
        cancelledAt: now,
        cancelledBy: actor.viewer.userId,
        cancelReason: reason?.trim() || null,
        holdExpiresAt: null,
        ...(refund ? { refundedAt: now, refundCents: order.totalCents } : {}),
      };
      await this.orders.update(tx, order.id, patch);
      await this.orders.setRegistrationStatus(tx, order.id, 'cancelled', { cancelledAt: now, cancelledBy: actor.viewer.userId });
      if (!refund && order.promoCodeId) await this.promos.unuse(tx, order.promoCodeId);
      if (order.premiumGrantId) await this.grants.revoke(order.premiumGrantId, tx);
      // A refunded (or dropped) course order ends the access it gave; progress and certificates stay.
      if (order.paidAt && (await this.product(tx, order.id))?.ticket.kind === 'course') await this.courses.revokeForReference(tx, 'purchase', order.id);
      await this.releaseOrderSeats(tx, order.id, changes);
      await this.hooks.cancelled(await this.change(tx, { ...order, ...patch }));
      return order.premiumGrantId ? order.buyerId : null;
    });
    this.live.publish(changes);
    // A refunded membership ends premium access at once (open sockets re-check their rooms).
    if (revokedFor) await this.realtime.accessChanged(revokedFor);
    return this.present(orderId);
  }

  /** The hold ran out (job or sweep): the order expires and its seats go back (to the waiting list first). */
  async expire(orderId: string): Promise<boolean> {
    const changes = new SeatChanges();
    const expired = await this.transactions.run(async (tx) => {
      const order = await this.orders.lock(tx, orderId);
      if (!order || order.state !== 'pending' || !order.holdExpiresAt || order.holdExpiresAt.getTime() > this.clock.now().getTime()) return false;
      await this.expireInTx(tx, order, changes);
      return true;
    });
    this.live.publish(changes);
    return expired;
  }

  /** Expires every hold that has run out; returns how many. */
  async expireDue(): Promise<number> {
    let n = 0;
    for (const id of await this.orders.expiredHolds(this.clock.now(), 500)) if (await this.expire(id)) n += 1;
    return n;
  }

  private async expireInTx(tx: Tx, order: OrderEntity, changes: SeatChanges): Promise<void> {
    await this.orders.update(tx, order.id, { state: nextOrderState(order.state, 'expire')!, expiredAt: this.clock.now(), holdExpiresAt: null });
    await this.orders.setRegistrationStatus(tx, order.id, 'expired');
    if (order.promoCodeId) await this.promos.unuse(tx, order.promoCodeId);
    await this.releaseOrderSeats(tx, order.id, changes);
  }

  private async releaseOrderSeats(tx: Tx, orderId: string, changes: SeatChanges): Promise<void> {
    for (const line of await this.orders.linesForOrders([orderId], tx)) {
      const items = await this.tickets.bundleItems([line.ticketTypeId], tx);
      await this.seats.release(tx, [line.ticketTypeId, ...items.map((i) => i.ticketTypeId)], line.quantity, changes);
    }
  }

  private async change(tx: Tx, order: OrderEntity) {
    const registrations = await this.orders.registrationsForOrders([order.id], tx);
    const events = await this.events.findByIds([...new Set(registrations.map((r) => r.eventId))], tx);
    return { tx, order, registrations, events };
  }

  // ---------------------------------------------------------------------------------------------
  // Reading orders
  // ---------------------------------------------------------------------------------------------

  async order(actor: ResolvedViewer, orderId: string): Promise<OrderModel> {
    const order = await this.orders.findById(orderId);
    if (!order || !eventsPolicy.canSeeOrder(actor.viewer, order)) throw new EventsException('ORDER_NOT_FOUND');
    return (await this.presentMany([order]))[0];
  }

  async myOrders(actor: ResolvedViewer): Promise<OrderModel[]> {
    return this.presentMany(await this.orders.forBuyer(this.signedIn(actor), 100));
  }

  private async present(orderId: string, tx?: Tx): Promise<OrderModel> {
    const order = await this.orders.findById(orderId, tx);
    if (!order) throw new EventsException('ORDER_NOT_FOUND');
    return (await this.presentMany([order], tx))[0];
  }

  /** Lines, names and registrations for a page of orders in three queries. */
  private async presentMany(orders: OrderEntity[], tx?: Tx): Promise<OrderModel[]> {
    const ids = orders.map((o) => o.id);
    const [lines, regs] = await readTogether(tx, () => this.orders.linesForOrders(ids, tx), () => this.orders.registrationsForOrders(ids, tx));
    const names = new Map((await this.tickets.findByIds([...new Set(lines.map((l) => l.ticketTypeId))], tx)).map((t) => [t.id, t.name]));
    return orders.map((o) =>
      toOrderModel(
        o,
        lines.filter((l) => l.orderId === o.id),
        names,
        regs.filter((r) => r.orderId === o.id),
      ),
    );
  }

  private signedIn(actor: ResolvedViewer): string {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    return actor.user.id;
  }

  private staffOnly(actor: ResolvedViewer): void {
    this.signedIn(actor);
    if (!isStaff(actor.viewer)) throw new EventsException('NOT_STAFF');
  }
}
