import { Injectable } from '@nestjs/common';
import { isSignedIn, isStaff } from '@confer/libs/access';
import { isValidTimeZone } from '@confer/libs/time-zone';
import { TransactionRunner, Tx } from '../../core/database/transaction-runner';
import { CommonException } from '../../core/errors/common.exception';
import type { ResolvedViewer } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import { MailService } from '../mail/mail.service';
import { CheckoutService } from './checkout.service';
import type { EventSessionEntity } from './entities/event-session.entity';
import type { EventEntity, EventQuestion } from './entities/event.entity';
import type { PromoCodeEntity } from './entities/promo-code.entity';
import type { TicketTypeEntity } from './entities/ticket-type.entity';
import { EventRepository } from './event.repository';
import { EventsAdminRepository } from './events-admin.repository';
import { EventsException } from './events.exception';
import { EventsGateway } from './events.gateway';
import type { EventModel, EventSessionModel } from './graphql/event.model';
import type {
  CreatePromoCodeInput,
  CreateSessionInput,
  CreateTicketTypeInput,
  EventFieldsInput,
  EventQuestionInput,
  SessionFieldsInput,
  UpdateEventInput,
  UpdatePromoCodeInput,
  UpdateSessionInput,
  UpdateTicketTypeInput,
} from './graphql/events-admin.input';
import type { EventCancellationModel, PromoCodeModel } from './graphql/events-admin.model';
import { fewestSeatsLeft, toEventModel, toSessionModel, toTicketTypeModel } from './graphql/events.mapper';
import type { RegistrationPageModel } from './graphql/registration.model';
import type { EventRegistrationsFilterInput } from './graphql/registration.input';
import type { TicketTypeModel } from './graphql/ticket.model';
import { RegistrationMailer } from './registration-mailer';
import { RegistrationRepository } from './registration.repository';
import { RegistrationService } from './registration.service';
import { SeatChanges } from './seat-changes';
import { SeatLedgerService } from './seat-ledger.service';
import { TicketAvailabilityService } from './ticket-availability.service';
import { TicketTypeRepository } from './ticket-type.repository';

const UNIQUE_VIOLATION = '23505';
/** Changes to these fields move the event in attendees' calendars: their invites are re-sent. */
const CALENDAR_FIELDS = ['title', 'startsAt', 'endsAt', 'venueName', 'venueAddress', 'timeZone', 'joinUrl'] as const;

/**
 * Staff tools for events: create and edit events, sessions, ticket types, bundles and promo codes;
 * registrations with filters; cancel an event (every order with a seat in it is cancelled or
 * refunded through checkout, so everyone is notified and their invites cancelled). Every method is
 * staff-only; each change is one transaction.
 */
@Injectable()
export class EventsAdminService {
  constructor(
    private readonly admin: EventsAdminRepository,
    private readonly events: EventRepository,
    private readonly tickets: TicketTypeRepository,
    private readonly regs: RegistrationRepository,
    private readonly registrations: RegistrationService,
    private readonly mailer: RegistrationMailer,
    private readonly mail: MailService,
    private readonly checkout: CheckoutService,
    private readonly seats: SeatLedgerService,
    private readonly availability: TicketAvailabilityService,
    private readonly users: UserRepository,
    private readonly live: EventsGateway,
    private readonly transactions: TransactionRunner,
  ) {}

  // ---- events ---------------------------------------------------------------------------------

  async createEvent(actor: ResolvedViewer, input: EventFieldsInput): Promise<EventModel> {
    const staffId = this.staffOnly(actor);
    const missing = (['slug', 'kind', 'title', 'timeZone', 'startsAt', 'endsAt'] as const).filter((k) => input[k] === undefined || input[k] === null);
    if (missing.length) throw new CommonException('VALIDATION_FAILED', { fields: Object.fromEntries(missing.map((k) => [k, `${k} is required.`])) });
    if (input.status === 'cancelled') throw new CommonException('VALIDATION_FAILED', { fields: { status: 'Create an event as draft or published.' } });
    const data = this.eventPatch(input);
    this.checkEvent({ ...data } as EventEntity);
    const event = await this.unique('SLUG_TAKEN', () => this.transactions.run((tx) => this.admin.insertEvent(tx, { ...data, questions: data.questions ?? [], status: data.status ?? 'draft', includesCourse: data.includesCourse ?? false, createdBy: staffId })));
    return toEventModel(event);
  }

  /** Edits an event; when its time or place changes, confirmed attendees get an updated invite (higher SEQUENCE). */
  async updateEvent(actor: ResolvedViewer, input: UpdateEventInput): Promise<EventModel> {
    this.staffOnly(actor);
    if (input.status === 'cancelled') throw new CommonException('VALIDATION_FAILED', { fields: { status: 'Use cancelEvent to cancel an event (everyone is notified).' } });
    const id = input.id.toLowerCase();
    await this.unique('SLUG_TAKEN', () =>
      this.transactions.run(async (tx) => {
        const event = await this.admin.lockEvent(tx, id);
        if (!event) throw new EventsException('EVENT_NOT_FOUND');
        if (event.status === 'cancelled') throw new EventsException('EVENT_ALREADY_CANCELLED');
        const patch = this.eventPatch(input);
        const next = { ...event, ...patch };
        this.checkEvent(next);
        await this.admin.updateEvent(tx, id, patch);
        const moved = CALENDAR_FIELDS.some((k) => k in patch && String(patch[k]) !== String(event[k]));
        if (moved && next.status === 'published') await this.resendInvites(tx, next);
        // A webinar's recording goes to its registrants (and only them) once it is published.
        if (next.kind === 'webinar' && next.recordingUrl && next.recordingUrl !== event.recordingUrl) await this.sendRecording(tx, next, next.recordingUrl);
      }),
    );
    this.mail.nudge();
    return toEventModel((await this.events.findById(id))!);
  }

  private async resendInvites(tx: Tx, event: EventEntity): Promise<void> {
    await this.admin.bumpSequences(tx, event.id);
    const rows = await this.regs.list({ eventId: event.id, status: 'confirmed', checkedIn: null, ticketTypeId: null, search: null, limit: 100000, offset: 0 });
    for (const r of await this.regs.findByIds(rows.map((x) => x.id), tx)) await this.mailer.confirmation(tx, r, event, { updated: true });
  }

  private async sendRecording(tx: Tx, event: EventEntity, url: string): Promise<void> {
    const rows = await this.regs.list({ eventId: event.id, status: 'confirmed', checkedIn: null, ticketTypeId: null, search: null, limit: 100000, offset: 0 });
    for (const r of rows) await this.mailer.recording(tx, r, event, url);
  }

  /**
   * Cancels the event, then every order holding a seat in it through checkout (refund recorded for
   * paid ones; a bundle is one purchase, so a bundle order is cancelled whole). Each attendee gets a
   * METHOD:CANCEL for their invite. Safe to repeat: a second call finishes what a failure left.
   */
  async cancelEvent(actor: ResolvedViewer, eventId: string, reason: string | null): Promise<EventCancellationModel> {
    this.staffOnly(actor);
    await this.transactions.run(async (tx) => {
      const event = await this.admin.lockEvent(tx, eventId);
      if (!event) throw new EventsException('EVENT_NOT_FOUND');
      if (event.status !== 'cancelled') await this.admin.updateEvent(tx, eventId, { status: 'cancelled', cancelledAt: new Date(), cancelReason: reason?.trim() || null });
    });
    const orderIds = await this.admin.liveOrdersForEvent(eventId);
    let seats = 0;
    for (const orderId of orderIds) {
      const order = await this.checkout.cancel(actor, orderId, reason?.trim() || 'The event was cancelled.');
      seats += order.registrations.length;
    }
    return { eventId, ordersCancelled: orderIds.length, seatsCancelled: seats };
  }

  private eventPatch(input: EventFieldsInput): Partial<EventEntity> {
    const patch: Partial<EventEntity> = {};
    const copy = <K extends keyof EventFieldsInput & keyof EventEntity>(k: K) => {
      if (input[k] !== undefined) (patch as Record<string, unknown>)[k] = typeof input[k] === 'string' ? (input[k] as string).trim() || null : input[k];
    };
    for (const k of ['slug', 'kind', 'title', 'summary', 'description', 'venueName', 'venueAddress', 'timeZone', 'startsAt', 'endsAt', 'status', 'cancellationDeadline', 'joinUrl', 'recordingUrl', 'includesCourse'] as const) copy(k);
    if (input.questions !== undefined) patch.questions = this.questions(input.questions);
    return patch;
  }

  private checkEvent(e: Pick<EventEntity, 'timeZone' | 'startsAt' | 'endsAt' | 'cancellationDeadline' | 'title' | 'slug' | 'kind'>): void {
    if (!e.title || !e.slug || !e.kind) throw new CommonException('VALIDATION_FAILED', { fields: { title: 'An event needs a title, an address (slug) and a kind.' } });
    if (!isValidTimeZone(e.timeZone)) throw new EventsException('INVALID_TIME_ZONE', { fields: { timeZone: 'Not a known time zone.' } });
    if (e.endsAt.getTime() <= e.startsAt.getTime()) throw new EventsException('INVALID_EVENT_TIMES', { fields: { endsAt: 'The end must be after the start.' } });
    if (e.cancellationDeadline && e.cancellationDeadline.getTime() > e.startsAt.getTime()) {
      throw new EventsException('INVALID_EVENT_TIMES', { fields: { cancellationDeadline: 'The cancellation deadline must be before the start.' } }, 'The cancellation deadline must be before the start.');
    }
  }

  private questions(list: EventQuestionInput[]): EventQuestion[] {
    const ids = new Set<string>();
    return list.map((q) => {
      const options = q.kind === 'choice' ? [...new Set(q.options.map((o) => o.trim()).filter(Boolean))] : [];
      if (ids.has(q.id) || (q.kind === 'choice' && options.length < 2)) throw new EventsException('INVALID_QUESTIONS', { fields: { [q.id]: 'Duplicate id, or a choice with fewer than two options.' } });
      ids.add(q.id);
      return { id: q.id, label: q.label.trim(), kind: q.kind, ...(q.kind === 'choice' ? { options } : {}), required: q.required };
    });
  }

  // ---- sessions -------------------------------------------------------------------------------

  async createSession(actor: ResolvedViewer, input: CreateSessionInput): Promise<EventSessionModel> {
    this.staffOnly(actor);
    const missing = (['type', 'title', 'startsAt', 'endsAt'] as const).filter((k) => input[k] === undefined || input[k] === null);
    if (missing.length) throw new CommonException('VALIDATION_FAILED', { fields: Object.fromEntries(missing.map((k) => [k, `${k} is required.`])) });
    const event = await this.events.findById(input.eventId.toLowerCase());
    if (!event) throw new EventsException('EVENT_NOT_FOUND');
    const id = await this.transactions.run(async (tx) => {
      const session = await this.admin.saveSession(tx, { eventId: event.id, position: 0, ...this.sessionPatch(input) });
      this.checkSession(session, event);
      if (input.speakerIds) await this.setSpeakers(tx, session.id, input.speakerIds);
      return session.id;
    });
    return this.presentSession(id);
  }

  async updateSession(actor: ResolvedViewer, input: UpdateSessionInput): Promise<EventSessionModel> {
    this.staffOnly(actor);
    const id = input.id.toLowerCase();
    await this.transactions.run(async (tx) => {
      const session = await this.admin.findSession(id, tx);
      if (!session) throw new EventsException('SESSION_NOT_FOUND');
      const event = (await this.events.findById(session.eventId, tx))!;
      const next = await this.admin.saveSession(tx, { ...session, ...this.sessionPatch(input) });
      this.checkSession(next, event);
      if (input.speakerIds) await this.setSpeakers(tx, id, input.speakerIds);
    });
    return this.presentSession(id);
  }

  async deleteSession(actor: ResolvedViewer, id: string): Promise<void> {
    this.staffOnly(actor);
    await this.transactions.run(async (tx) => {
      if (!(await this.admin.findSession(id, tx))) throw new EventsException('SESSION_NOT_FOUND');
      await this.admin.deleteSession(tx, id);
    });
  }

  private sessionPatch(input: SessionFieldsInput): Partial<EventSessionEntity> {
    const patch: Partial<EventSessionEntity> = {};
    for (const k of ['type', 'title', 'description', 'track', 'room', 'startsAt', 'endsAt', 'position'] as const) {
      if (input[k] !== undefined) (patch as Record<string, unknown>)[k] = typeof input[k] === 'string' ? (input[k] as string).trim() || null : input[k];
    }
    return patch;
  }

  private checkSession(s: EventSessionEntity, e: EventEntity): void {
    if (s.endsAt.getTime() <= s.startsAt.getTime() || s.startsAt.getTime() < e.startsAt.getTime() || s.endsAt.getTime() > e.endsAt.getTime()) {
      throw new EventsException('INVALID_EVENT_TIMES', { fields: { startsAt: 'A session must end after it starts and fall within its event.' } });
    }
  }

  private async setSpeakers(tx: Tx, sessionId: string, ids: string[]): Promise<void> {
    const unique = [...new Set(ids.map((i) => i.toLowerCase()))];
    if ((await this.admin.countUsers(unique)) !== unique.length) throw new CommonException('VALIDATION_FAILED', { fields: { speakerIds: 'One of the speakers is not a member.' } });
    await this.admin.setSpeakers(tx, sessionId, unique);
  }

  private async presentSession(id: string): Promise<EventSessionModel> {
    const session = (await this.admin.findSession(id))!;
    const event = (await this.events.findById(session.eventId))!;
    const links = await this.events.speakersForSessions([id]);
    const people = await this.users.findByIds(links.map((l) => l.userId));
    const speakers = links.flatMap((l) => {
      const u = people.find((p) => p.id === l.userId);
      return u ? [{ userId: u.id, displayName: u.displayName, credentials: u.credentials, jobTitle: u.jobTitle, organizationName: u.organizationName }] : [];
    });
    return toSessionModel(session, event.timeZone, speakers);
  }

  // ---- ticket types ---------------------------------------------------------------------------

  async createTicketType(actor: ResolvedViewer, input: CreateTicketTypeInput): Promise<TicketTypeModel> {
    this.staffOnly(actor);
    if (!input.name || input.listPriceCents === undefined) throw new CommonException('VALIDATION_FAILED', { fields: { name: 'A ticket needs a name and a price.' } });
    const componentIds = [...new Set((input.componentTicketTypeIds ?? []).map((i) => i.toLowerCase()))];
    const bundle = componentIds.length > 0;
    if (bundle === !!input.eventId) throw new CommonException('VALIDATION_FAILED', { fields: { eventId: 'Give either an event (a ticket) or at least two event tickets (a bundle).' } });
    if (bundle) {
      const parts = await this.tickets.findByIds(componentIds);
      if (componentIds.length < 2 || parts.length !== componentIds.length || parts.some((p) => p.kind !== 'event') || new Set(parts.map((p) => p.eventId)).size !== parts.length) {
        throw new CommonException('VALIDATION_FAILED', { fields: { componentTicketTypeIds: 'A bundle takes one event ticket from each of two or more events.' } });
      }
    } else if (!(await this.events.findById(input.eventId!.toLowerCase()))) throw new EventsException('EVENT_NOT_FOUND');
    const data = this.ticketPatch(input);
    this.checkSaleWindow(data);
    const ticket = await this.transactions.run((tx) =>
      this.admin.insertTicketType(
        tx,
        { kind: bundle ? 'bundle' : 'event', eventId: bundle ? null : input.eventId!.toLowerCase(), audience: 'anyone', inPerson: false, includedInPremium: false, maxPerOrder: 10, position: 0, active: true, capacity: null, ...data },
        componentIds,
      ),
    );
    return this.presentTicket(ticket.id);
  }

  /** Edits a ticket; a higher capacity first goes to the waiting list as offers (in the same transaction). */
  async updateTicketType(actor: ResolvedViewer, input: UpdateTicketTypeInput): Promise<TicketTypeModel> {
    this.staffOnly(actor);
    const id = input.id.toLowerCase();
    const changes = new SeatChanges();
    await this.transactions.run(async (tx) => {
      const ticket = await this.tickets.findById(id, tx);
      if (!ticket || ticket.kind === 'membership') throw new EventsException('TICKET_TYPE_NOT_FOUND');
      const { capacity, ...patch } = this.ticketPatch(input);
      this.checkSaleWindow({ ...ticket, ...patch });
      await this.admin.updateTicketType(tx, id, patch);
      if (capacity !== undefined) {
        if (!(await this.tickets.setCapacity(tx, id, capacity))) throw new EventsException('CAPACITY_BELOW_TAKEN');
        changes.seats(id);
        await this.seats.offerFreeSeats(tx, id, changes);
      }
    });
    this.live.publish(changes);
    this.mail.nudge();
    return this.presentTicket(id);
  }

  private ticketPatch(input: CreateTicketTypeInput | UpdateTicketTypeInput): Partial<TicketTypeEntity> {
    const patch: Partial<TicketTypeEntity> = {};
    for (const k of ['name', 'description', 'listPriceCents', 'capacity', 'saleStartsAt', 'saleEndsAt', 'audience', 'inPerson', 'includedInPremium', 'maxPerOrder', 'position', 'active'] as const) {
      if (input[k] !== undefined) (patch as Record<string, unknown>)[k] = typeof input[k] === 'string' ? (input[k] as string).trim() || null : input[k];
    }
    return patch;
  }

  private checkSaleWindow(t: Partial<TicketTypeEntity>): void {
    if (t.saleStartsAt && t.saleEndsAt && t.saleEndsAt.getTime() <= t.saleStartsAt.getTime()) throw new CommonException('VALIDATION_FAILED', { fields: { saleEndsAt: 'Sales must end after they start.' } });
  }

  private async presentTicket(id: string): Promise<TicketTypeModel> {
    const ticket = (await this.tickets.findById(id))!;
    const eventId = ticket.eventId ?? (await this.tickets.findByIds((await this.tickets.bundleItems([id])).map((b) => b.ticketTypeId)))[0]?.eventId;
    const found = eventId ? (await this.availability.forEvents([eventId])).get(eventId)?.find((a) => a.ticket.id === id) : undefined;
    return toTicketTypeModel(ticket, found?.seatsLeft ?? fewestSeatsLeft([ticket]), found?.onSale ?? false, found?.eventIds ?? []);
  }

  // ---- promo codes ----------------------------------------------------------------------------

  async createPromo(actor: ResolvedViewer, input: CreatePromoCodeInput): Promise<PromoCodeModel> {
    const staffId = this.staffOnly(actor);
    if ((input.percentOff == null) === (input.amountOffCents == null)) throw new CommonException('VALIDATION_FAILED', { fields: { percentOff: 'Give a percentage or an amount off, not both.' } });
    const eventId = input.eventId?.toLowerCase() ?? null;
    if (eventId && !(await this.events.findById(eventId))) throw new EventsException('EVENT_NOT_FOUND');
    const ticketIds = [...new Set(input.ticketTypeIds.map((i) => i.toLowerCase()))];
    if ((await this.tickets.findByIds(ticketIds)).length !== ticketIds.length) throw new EventsException('TICKET_TYPE_NOT_FOUND');
    const promo = await this.unique('PROMO_CODE_TAKEN', () =>
      this.transactions.run((tx) =>
        this.admin.insertPromo(
          tx,
          { code: input.code.toUpperCase(), description: input.description?.trim() || null, eventId, percentOff: input.percentOff ?? null, amountOffCents: input.amountOffCents ?? null, maxUses: input.maxUses ?? null, expiresAt: input.expiresAt ?? null, createdBy: staffId },
          ticketIds,
        ),
      ),
    );
    return (await this.presentPromos([promo]))[0];
  }

  async updatePromo(actor: ResolvedViewer, input: UpdatePromoCodeInput): Promise<PromoCodeModel> {
    this.staffOnly(actor);
    const id = input.id.toLowerCase();
    const patch: Partial<PromoCodeEntity> = {};
    if (input.description !== undefined) patch.description = input.description?.trim() || null;
    if (input.maxUses !== undefined) patch.maxUses = input.maxUses;
    if (input.expiresAt !== undefined) patch.expiresAt = input.expiresAt;
    if (input.active !== undefined) patch.active = input.active;
    await this.transactions.run(async (tx) => {
      if (!(await this.admin.findPromo(id))) throw new EventsException('PROMO_NOT_FOUND');
      try {
        if (Object.keys(patch).length) await this.admin.updatePromo(tx, id, patch);
      } catch (e) {
        // promo_codes_cap: the cap cannot go below the uses already made.
        if ((e as { code?: string }).code === '23514') throw new CommonException('VALIDATION_FAILED', { fields: { maxUses: 'Lower than the uses already made.' } });
        throw e;
      }
    });
    return (await this.presentPromos([(await this.admin.findPromo(id))!]))[0];
  }

  async promos(actor: ResolvedViewer, eventId: string | null): Promise<PromoCodeModel[]> {
    this.staffOnly(actor);
    return this.presentPromos(await this.admin.listPromos(eventId));
  }

  private async presentPromos(list: PromoCodeEntity[]): Promise<PromoCodeModel[]> {
    const links = await this.admin.promoTicketTypes(list.map((p) => p.id));
    return list.map((p) => ({
      id: p.id,
      code: p.code,
      description: p.description,
      eventId: p.eventId,
      percentOff: p.percentOff,
      amountOffCents: p.amountOffCents,
      maxUses: p.maxUses,
      uses: p.uses,
      expiresAt: p.expiresAt,
      active: p.active,
      ticketTypeIds: links.filter((l) => l.promoCodeId === p.id).map((l) => l.ticketTypeId),
    }));
  }

  // ---- registrations --------------------------------------------------------------------------

  async registrationsFor(actor: ResolvedViewer, f: EventRegistrationsFilterInput): Promise<RegistrationPageModel> {
    this.staffOnly(actor);
    const eventId = f.eventId.toLowerCase();
    if (!(await this.events.findById(eventId))) throw new EventsException('EVENT_NOT_FOUND');
    const rows = await this.regs.list({
      eventId,
      status: f.status ?? null,
      checkedIn: f.checkedIn ?? null,
      ticketTypeId: f.ticketTypeId?.toLowerCase() ?? null,
      search: f.search?.trim() || null,
      limit: f.limit,
      offset: f.offset,
    });
    return { items: await this.registrations.present(actor.viewer, rows, false), ...(await this.regs.attendance(eventId)) };
  }

  // ---------------------------------------------------------------------------------------------

  private async unique<T>(code: 'SLUG_TAKEN' | 'PROMO_CODE_TAKEN', work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) throw new EventsException(code);
      throw e;
    }
  }

  staffOnly(actor: ResolvedViewer): string {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    if (!isStaff(actor.viewer)) throw new EventsException('NOT_STAFF');
    return actor.user.id;
  }
}
