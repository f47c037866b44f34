import { Injectable } from '@nestjs/common';
import { isSignedIn, isStaff } from '@confer/libs/access';
import { DateTime } from 'luxon';
import { Clock } from '../../core/clock/clock';
import { TransactionRunner } from '../../core/database/transaction-runner';
import type { ResolvedViewer } from '../accounts/membership.service';
import { FellowshipEligibilityService } from '../fellows/fellowship-eligibility.service';
import { CheckInGateway } from './check-in.gateway';
import type { EventEntity } from './entities/event.entity';
import { EventRepository } from './event.repository';
import { EventsException } from './events.exception';
import type { CheckInResultModel, EventAttendanceModel, EventRegistrationModel } from './graphql/registration.model';
import { RegistrationRepository, RegistrationRow } from './registration.repository';
import { RegistrationService } from './registration.service';
import { TicketTokenSigner } from './ticket-token.signer';

/**
 * Staff at the door: scan a ticket's QR code (a signed token) or find the attendee by name, and mark
 * attendance once with a conditional update, so two scanners at once check a person in exactly once.
 * A Residency check-in also makes the attendee eligible for the Fellows programme and confirms their
 * course access, in the same transaction.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly regs: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly registrations: RegistrationService,
    private readonly signer: TicketTokenSigner,
    private readonly fellows: FellowshipEligibilityService,
    private readonly live: CheckInGateway,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async byToken(actor: ResolvedViewer, eventId: string, token: string): Promise<CheckInResultModel> {
    this.staffOnly(actor);
    const { registrationId, ticketTokenId } = this.signer.verify(token);
    const row = await this.regs.findById(registrationId);
    // A genuine signature on a voided ticket (transferred since) is as good as a forged one.
    if (!row || row.ticketTokenId !== ticketTokenId) throw new EventsException('TICKET_INVALID');
    return this.checkIn(actor, eventId, row, ticketTokenId);
  }

  async byRegistration(actor: ResolvedViewer, eventId: string, registrationId: string): Promise<CheckInResultModel> {
    this.staffOnly(actor);
    const row = await this.regs.findById(registrationId);
    if (!row || row.eventId !== eventId) throw new EventsException('REGISTRATION_NOT_FOUND');
    return this.checkIn(actor, eventId, row, null);
  }

  /** Search by name, email or organization among the event's confirmed seats. */
  async search(actor: ResolvedViewer, eventId: string, q: string): Promise<EventRegistrationModel[]> {
    this.staffOnly(actor);
    await this.event(eventId);
    const rows = await this.regs.list({ eventId, status: 'confirmed', checkedIn: null, ticketTypeId: null, search: q.trim() || null, limit: 25, offset: 0 });
    return this.registrations.present(actor.viewer, rows, false);
  }

  async attendance(actor: ResolvedViewer, eventId: string): Promise<EventAttendanceModel> {
    this.staffOnly(actor);
    await this.event(eventId);
    return { eventId, ...(await this.regs.attendance(eventId)) };
  }

  private async checkIn(actor: ResolvedViewer, eventId: string, row: RegistrationRow, ticketTokenId: string | null): Promise<CheckInResultModel> {
    const event = await this.event(eventId);
    if (row.eventId !== eventId) throw new EventsException('TICKET_OTHER_EVENT');
    if (row.status !== 'confirmed') throw new EventsException(row.status === 'cancelled' ? 'REGISTRATION_CANCELLED' : 'REGISTRATION_NOT_ACTIVE');
    const now = this.clock.now();
    const done = await this.transactions.run(async (tx) => {
      if (!(await this.regs.checkIn(tx, row.id, actor.user!.id, now, ticketTokenId))) return false;
      if (event.kind === 'residency') {
        // The attendee may have made (and verified) their account since registering.
        await this.regs.linkAttendees(tx, [row.id]);
        const attendee = (await this.regs.findById(row.id, tx))!;
        if (attendee.attendeeUserId) {
          await this.fellows.grantFromResidencyCheckIn(tx, { userId: attendee.attendeeUserId, checkInRef: row.id });
          await this.registrations.grantCourse(tx, attendee, event);
        }
      }
      return true;
    });
    const fresh = (await this.regs.findById(row.id))!;
    if (!done) {
      if (ticketTokenId && fresh.ticketTokenId !== ticketTokenId) throw new EventsException('TICKET_INVALID');
      if (fresh.status !== 'confirmed') throw new EventsException(fresh.status === 'cancelled' ? 'REGISTRATION_CANCELLED' : 'REGISTRATION_NOT_ACTIVE');
      const at = this.venueClock(fresh.checkedInAt ?? now, event);
      throw new EventsException('ALREADY_CHECKED_IN', { extra: { checkedInAt: fresh.checkedInAt?.toISOString() ?? null, checkedInAtVenue: at, attendeeName: fresh.attendeeName } }, `Already checked in at ${at}: ${fresh.attendeeName}.`);
    }
    const attendance = { eventId, ...(await this.regs.attendance(eventId)) };
    this.live.publish(attendance);
    const [registration] = await this.registrations.present(actor.viewer, [fresh], false);
    return { registration, checkedInAt: fresh.checkedInAt!, checkedInAtVenue: this.venueClock(fresh.checkedInAt!, event), attendance };
  }

  /** "08:02": wall-clock time at the venue. */
  private venueClock(at: Date, event: EventEntity): string {
    return DateTime.fromJSDate(at, { zone: event.timeZone }).toFormat('HH:mm');
  }

  private async event(eventId: string): Promise<EventEntity> {
    const event = await this.events.findById(eventId);
    if (!event) throw new EventsException('EVENT_NOT_FOUND');
    return event;
  }

  private staffOnly(actor: ResolvedViewer): void {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    if (!isStaff(actor.viewer)) throw new EventsException('NOT_STAFF');
  }
}
