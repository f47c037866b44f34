import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { eventsPolicy, isSignedIn, isStaff, Viewer } from '@confer/libs/access';
import { checkAnswers } from '@confer/libs/events';
import { cancellation, nextOrderState } from '@confer/libs/orders';
import { normalizeEmail } from '@confer/libs/text';
import { DateTime } from 'luxon';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { TransactionRunner, Tx } from '../../core/database/transaction-runner';
import type { ResolvedViewer } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import { CourseAccessService } from '../learning/course-access.service';
import { MailService } from '../mail/mail.service';
import type { EventEntity } from './entities/event.entity';
import { EventRepository } from './event.repository';
import { EventsException, EventsErrorCode } from './events.exception';
import { EventsGateway } from './events.gateway';
import type { AnswerInput } from './graphql/checkout.input';
import { toEventModel } from './graphql/events.mapper';
import type { OrderStateGql, RegistrationStatusGql } from './graphql/order.model';
import type { EventRegistrationModel } from './graphql/registration.model';
import type { TransferRegistrationInput, UpdateRegistrationInput } from './graphql/registration.input';
import { OrderChange, OrderHooks } from './order-hooks';
import { OrderRepository } from './order.repository';
import { PromoCodeRepository } from './promo-code.repository';
import { RegistrationMailer } from './registration-mailer';
import { RegistrationRepository, RegistrationRow } from './registration.repository';
import { SeatChanges } from './seat-changes';
import { SeatLedgerService } from './seat-ledger.service';
import { TicketTokenSigner } from './ticket-token.signer';
import { TicketTypeRepository } from './ticket-type.repository';

/**
 * The attendee's side of a registration: my tickets, attendee details and answers, self-service
 * cancellation (one seat; the whole order when it was the last one) and transfer to a colleague.
 * Also the order hooks: confirmation and cancellation emails with calendar invites, and the
 * Residency's course access, all inside the order's own transaction.
 */
@Injectable()
export class RegistrationService implements OnModuleInit {
  private readonly logger = new Logger('Registrations');

  constructor(
    private readonly regs: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly tickets: TicketTypeRepository,
    private readonly orders: OrderRepository,
    private readonly promos: PromoCodeRepository,
    private readonly seats: SeatLedgerService,
    private readonly hooks: OrderHooks,
    private readonly mailer: RegistrationMailer,
    private readonly mail: MailService,
    private readonly signer: TicketTokenSigner,
    private readonly courses: CourseAccessService,
    private readonly users: UserRepository,
    private readonly live: EventsGateway,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.hooks.onConfirmed((change) => this.orderConfirmed(change));
    this.hooks.onCancelled((change) => this.orderCancelled(change));
  }

  // ---------------------------------------------------------------------------------------------
  // Order hooks (inside the order's transaction)
  // ---------------------------------------------------------------------------------------------

  private async orderConfirmed({ tx, registrations, events }: OrderChange): Promise<void> {
    const ids = registrations.filter((r) => r.status === 'confirmed').map((r) => r.id);
    if (ids.length === 0) return;
    // A seat bought for a colleague's verified address shows up in their own tickets.
    await this.regs.linkAttendees(tx, ids);
    for (const r of await this.regs.findByIds(ids, tx)) {
      const event = events.find((e) => e.id === r.eventId)!;
      await this.mailer.confirmation(tx, r, event);
      await this.grantCourse(tx, r, event);
    }
  }

  private async orderCancelled({ tx, order, registrations, events }: OrderChange): Promise<void> {
    // A hold that was never confirmed had no invite to cancel.
    if (!order.confirmedAt) return;
    // Only the seats this change cancelled: a seat given back earlier already had its CANCEL.
    const at = order.cancelledAt?.getTime();
    for (const r of registrations.filter((x) => x.status === 'cancelled' && (at === undefined || x.cancelledAt?.getTime() === at))) {
      const event = events.find((e) => e.id === r.eventId)!;
      await this.mailer.cancellation(tx, r, event, event.status === 'cancelled' ? 'event_cancelled' : 'attendee', { reason: event.cancelReason });
      await this.courses.revokeForReference(tx, 'residency', r.ticketTokenId);
    }
    this.mail.nudge();
  }

  /**
   * The Residency includes the certificate course: access starts when the seat is confirmed (also on
   * an invoice not yet paid) and ends if the seat is cancelled or transferred. The grant is referenced
   * by the seat's ticket token, which a transfer rotates, so the colleague gets their own grant.
   */
  async grantCourse(tx: Tx, r: RegistrationRow | { attendeeUserId: string | null; ticketTokenId: string }, event: EventEntity): Promise<void> {
    if (!event.includesCourse || !r.attendeeUserId) return;
    try {
      await this.courses.grantForResidency(tx, { userId: r.attendeeUserId, registrationId: r.ticketTokenId });
    } catch (e) {
      // No course installed (e.g. an empty database): the registration still stands.
      if ((e as { reason?: string }).reason !== 'COURSE_NOT_FOUND') throw e;
      this.logger.warn('Residency registration confirmed but the certificate course does not exist');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  async mine(actor: ResolvedViewer): Promise<EventRegistrationModel[]> {
    const userId = this.signedIn(actor);
    // A colleague who signed up after being registered finds their ticket here.
    if (actor.viewer.emailVerified) await this.regs.claimForUser(userId);
    return this.present(actor.viewer, await this.regs.forMember(userId), true);
  }

  async one(actor: ResolvedViewer, id: string): Promise<EventRegistrationModel> {
    const row = await this.regs.findById(id);
    this.visible(actor.viewer, row);
    return (await this.present(actor.viewer, [row!], true))[0];
  }

  /** Not found and not yours look the same. */
  visible(v: Viewer, row: RegistrationRow | null): asserts row is RegistrationRow {
    if (!row || row.status === 'expired' || !eventsPolicy.canSeeRegistration(v, row)) throw new EventsException('REGISTRATION_NOT_FOUND');
  }

  /** Models for a list of seats: events and ticket names in two queries; QR codes only when asked. */
  async present(v: Viewer, rows: RegistrationRow[], withTickets: boolean): Promise<EventRegistrationModel[]> {
    const [events, tickets] = await Promise.all([
      this.events.findByIds([...new Set(rows.map((r) => r.eventId))]),
      this.tickets.findByIds([...new Set(rows.flatMap((r) => [r.ticketTypeId, r.lineTicketTypeId]))]),
    ]);
    const eventById = new Map(events.map((e) => [e.id, e]));
    const ticketName = new Map(tickets.map((t) => [t.id, t.name]));
    const now = this.clock.now();
    return rows.map((r) => {
        const e = eventById.get(r.eventId)!;
        const confirmed = r.status === 'confirmed';
        const mayAct = eventsPolicy.canSeeRegistration(v, r);
        const cancelUntil = e.cancellationDeadline ?? e.startsAt;
        const withTicket = withTickets && confirmed && e.kind !== 'webinar' && e.status !== 'cancelled';
        const token = withTicket ? this.signer.sign(r.id, r.ticketTokenId) : null;
        const linksAllowed = confirmed && eventsPolicy.canSeeJoinLink(v, true);
        return {
          id: r.id,
          orderId: r.orderId,
          orderState: r.orderState as OrderStateGql,
          event: toEventModel(e),
          ticketTypeId: r.ticketTypeId,
          ticketTypeName: r.lineTicketTypeId !== r.ticketTypeId ? `${ticketName.get(r.lineTicketTypeId) ?? ''} — ${ticketName.get(r.ticketTypeId) ?? ''}` : (ticketName.get(r.ticketTypeId) ?? ''),
          status: r.status as RegistrationStatusGql,
          attendeeName: r.attendeeName,
          attendeeEmail: r.attendeeEmail,
          attendeeCredentials: r.attendeeCredentials,
          attendeeOrganization: r.attendeeOrganization,
          answers: Object.entries(r.answers ?? {}).map(([questionId, value]) => ({ questionId, value })),
          isBuyer: v.userId === r.buyerId,
          isAttendee: v.userId !== null && v.userId === r.attendeeUserId,
          checkedInAt: r.checkedInAt,
          checkedInAtVenue: r.checkedInAt ? DateTime.fromJSDate(r.checkedInAt, { zone: e.timeZone }).toFormat('HH:mm') : null,
          cancelledAt: r.cancelledAt,
          refundCents: r.refundCents,
          transferredAt: r.transferredAt,
          cancelUntil,
          canCancel: confirmed && mayAct && (isStaff(v) || now.getTime() < cancelUntil.getTime()),
          canTransfer: confirmed && mayAct && now.getTime() < e.startsAt.getTime(),
          icsUid: r.icsUid,
          ticketToken: token,
          // Drawn only when asked for (RegistrationResolver.ticketQrDataUrl): encoding costs milliseconds.
          ticketQrDataUrl: null,
          joinUrl: linksAllowed && e.kind === 'webinar' ? e.joinUrl : null,
          recordingUrl: linksAllowed && e.kind === 'webinar' ? e.recordingUrl : null,
        };
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Changing a seat
  // ---------------------------------------------------------------------------------------------

  async update(actor: ResolvedViewer, input: UpdateRegistrationInput): Promise<EventRegistrationModel> {
    this.signedIn(actor);
    await this.transactions.run(async (tx) => {
      const row = await this.regs.lock(tx, input.registrationId.toLowerCase());
      this.visible(actor.viewer, row);
      if (row.status === 'cancelled') throw new EventsException('REGISTRATION_CANCELLED');
      const event = (await this.events.findById(row.eventId, tx))!;
      if (!isStaff(actor.viewer) && this.clock.now().getTime() >= event.startsAt.getTime()) throw new EventsException('TRANSFER_CLOSED', {}, 'The event has started: details can no longer be changed.');
      const answers = this.answers(event, input.answers);
      await this.regs.updateAttendee(tx, row.id, { name: input.attendeeName.trim(), credentials: input.credentials?.trim() || null, organization: input.organization?.trim() || null, answers });
    });
    return this.one(actor, input.registrationId.toLowerCase());
  }

  /**
   * Self-service cancellation of one seat (for a bundle: the same attendee's seat in each of its
   * events), before the event's cancellation deadline; staff at any time. A paid seat records its
   * refund. When it was the order's last live seat, the order itself is cancelled or refunded.
   */
  async cancel(actor: ResolvedViewer, registrationId: string): Promise<EventRegistrationModel> {
    const userId = this.signedIn(actor);
    const changes = new SeatChanges();
    await this.transactions.run(async (tx) => {
      const row = await this.regs.lock(tx, registrationId);
      this.visible(actor.viewer, row);
      if (row.status === 'cancelled') throw new EventsException('REGISTRATION_CANCELLED');
      if (row.status !== 'confirmed') throw new EventsException('REGISTRATION_NOT_ACTIVE');
      const unit = (await this.regs.unit(tx, row.orderLineId, row.seatIndex)).filter((r) => r.status === 'confirmed');
      const events = await this.events.findByIds([...new Set(unit.map((r) => r.eventId))], tx);
      const now = this.clock.now();
      const decision = cancellation(row.orderState, { deadlines: events.map((e) => e.cancellationDeadline), starts: events.map((e) => e.startsAt), now, byStaff: isStaff(actor.viewer) });
      if ('problem' in decision) throw new EventsException(decision.problem === 'ALREADY_CANCELLED' ? 'REGISTRATION_CANCELLED' : (decision.problem as EventsErrorCode));
      const refund = decision.event === 'refund' ? row.unitPaidCents : null;
      const lastSeat = (await this.regs.liveUnits(tx, row.orderId)) <= 1;
      // The refund is recorded once, on the seat asked for; a bundle's sibling seats record none.
      await this.regs.cancel(tx, [row.id], { at: now, by: userId, refundCents: refund });
      await this.regs.cancel(tx, unit.filter((r) => r.id !== row.id).map((r) => r.id), { at: now, by: userId, refundCents: null });
      const components = (await this.tickets.bundleItems([row.lineTicketTypeId], tx)).map((b) => b.ticketTypeId);
      await this.seats.release(tx, [row.lineTicketTypeId, ...components], 1, changes);
      const cancelled = await this.regs.findByIds(unit.map((r) => r.id), tx);
      if (lastSeat) {
        const order = (await this.orders.lock(tx, row.orderId))!;
        const refunded = decision.event === 'refund';
        const patch = { state: nextOrderState(order.state, decision.event)!, cancelledAt: now, cancelledBy: userId, holdExpiresAt: null, ...(refunded ? { refundedAt: now, refundCents: order.totalCents } : {}) };
        await this.orders.update(tx, order.id, patch);
        if (!refunded && order.promoCodeId) await this.promos.unuse(tx, order.promoCodeId);
        // The order's own hook sends the CANCEL (this module's listener) and tells other areas.
        await this.hooks.cancelled({ tx, order: { ...order, ...patch }, registrations: cancelled, events });
      } else {
        await this.regs.shrinkOrder(tx, row.orderLineId, row.orderId);
        for (const r of cancelled) {
          const event = events.find((e) => e.id === r.eventId)!;
          await this.mailer.cancellation(tx, r, event, 'attendee');
          await this.courses.revokeForReference(tx, 'residency', r.ticketTokenId);
        }
      }
    });
    this.live.publish(changes);
    this.mail.nudge();
    return this.one(actor, registrationId);
  }

  /**
   * Hands the seat (for a bundle: the attendee's seat in each event) to a colleague until the event
   * starts: new attendee, new QR (the old one stops working), the old attendee's invite cancelled and
   * a new one sent to the colleague under the same UID with a higher SEQUENCE.
   */
  async transfer(actor: ResolvedViewer, input: TransferRegistrationInput & { answers?: AnswerInput[] }): Promise<EventRegistrationModel> {
    this.signedIn(actor);
    const id = input.registrationId.toLowerCase();
    const email = normalizeEmail(input.email);
    await this.transactions.run(async (tx) => {
      const row = await this.regs.lock(tx, id);
      this.visible(actor.viewer, row);
      if (row.status === 'cancelled') throw new EventsException('REGISTRATION_CANCELLED');
      if (row.status !== 'confirmed') throw new EventsException('REGISTRATION_NOT_ACTIVE');
      if (email === normalizeEmail(row.attendeeEmail)) throw new EventsException('TRANSFER_INVALID_EMAIL', { fields: { email: 'This is already the attendee’s address.' } });
      const unit = (await this.regs.unit(tx, row.orderLineId, row.seatIndex)).filter((r) => r.status === 'confirmed');
      const events = await this.events.findByIds([...new Set(unit.map((r) => r.eventId))], tx);
      const now = this.clock.now();
      if (events.some((e) => now.getTime() >= e.startsAt.getTime())) throw new EventsException('TRANSFER_CLOSED');
      const answers = new Map(unit.map((r) => [r.id, this.answers(events.find((e) => e.id === r.eventId)!, input.answers ?? [])]));
      const colleague = await this.users.findByEmail(email, tx);
      const colleagueId = colleague?.emailVerifiedAt ? colleague.id : null;
      for (const r of unit) await this.courses.revokeForReference(tx, 'residency', r.ticketTokenId);
      await this.regs.transfer(tx, unit.map((r) => r.id), { name: input.name.trim(), email: input.email.trim(), userId: colleagueId, credentials: input.credentials?.trim() || null, organization: input.organization?.trim() || null }, now);
      for (const r of await this.regs.findByIds(unit.map((u) => u.id), tx)) {
        const event = events.find((e) => e.id === r.eventId)!;
        await this.regs.updateAttendee(tx, r.id, { name: r.attendeeName, credentials: r.attendeeCredentials, organization: r.attendeeOrganization, answers: answers.get(r.id) ?? {} });
        const before = unit.find((u) => u.id === r.id)!;
        await this.mailer.cancellation(tx, r, event, 'transferred', { to: { name: before.attendeeName, email: before.attendeeEmail } });
        await this.mailer.confirmation(tx, r, event);
        await this.grantCourse(tx, r, event);
      }
    });
    this.mail.nudge();
    // An attendee who gave their own seat away no longer sees it afterwards; the answer still describes it, without the ticket.
    const row = (await this.regs.findById(id))!;
    return (await this.present(actor.viewer, [row], eventsPolicy.canSeeRegistration(actor.viewer, row)))[0];
  }

  /** An attendee's answers for one event, checked against its questions (ANSWER_REQUIRED / INVALID_ANSWER). */
  answers(event: EventEntity, given: AnswerInput[]): Record<string, string> {
    const result = checkAnswers(event.questions ?? [], new Map(given.map((a) => [a.questionId, a.value])));
    if ('problem' in result) throw new EventsException(result.problem.code, { fields: { [result.problem.questionId]: result.problem.message } });
    return result.answers;
  }

  private signedIn(actor: ResolvedViewer): string {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    return actor.user.id;
  }
}
