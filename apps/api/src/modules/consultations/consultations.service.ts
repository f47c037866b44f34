import { Inject, Injectable } from '@nestjs/common';
import { consultationsPolicy, type Viewer } from '@confer/libs/access';
import { blockedTstzRange, checkRequestedSlot, type SlotRefusal } from '@confer/libs/availability';
import { DateTime } from 'luxon';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { Tx, TransactionRunner, readTogether } from '../../core/database/transaction-runner';
import type { UserEntity } from '../accounts/entities/user.entity';
import { MembershipService } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import { MailService } from '../mail/mail.service';
import { ConsultationLinkSigner } from './consultation-link.signer';
import { ConsultationMailer, InviteReason } from './consultation-mailer';
import { ConsultationReminders } from './consultation-reminders';
import { ConsultationRepository, DEADLOCK_DETECTED, EXCLUSION_VIOLATION } from './consultation.repository';
import { ConsultationsException, ConsultationsErrorCode } from './consultations.exception';
import { ConsultationsGateway } from './consultations.gateway';
import type { ConsultationEntity } from './entities/consultation.entity';
import type { ConsultationTypeEntity } from './entities/consultation-type.entity';
import type { ExpertProfileEntity } from './entities/expert-profile.entity';
import { availabilityOf, existingBookings } from './expert-settings';
import { ExpertRepository } from './expert.repository';
import type { BookConsultationInput, CancelConsultationInput, RescheduleConsultationInput } from './graphql/consultation.input';
import { toConsultation } from './graphql/consultation.mapper';
import type { ConsultationModel } from './graphql/consultation.model';

const REFUSAL_CODE: Record<SlotRefusal, ConsultationsErrorCode> = {
  invalid: 'INVALID_START',
  past: 'SLOT_IN_PAST',
  notice: 'SLOT_TOO_SOON',
  horizon: 'SLOT_TOO_FAR',
  outside: 'SLOT_NOT_OFFERED',
  taken: 'SLOT_TAKEN',
  max_per_day: 'DAY_FULL',
};

/** Who acts: a logged-in viewer, or the party an email link was sent to. */
type Actor = { viewer: Viewer; viaLinkSequence: number | null };

/**
 * Bookings: book, move, cancel, outcome, private notes. Every change runs in one transaction with its
 * emails and reminder jobs. The slot is checked for a clear answer, the exclusion constraint refuses
 * any overlap whatever the check saw, and a per-day lock makes the daily maximum exact.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly experts: ExpertRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipService,
    private readonly mailer: ConsultationMailer,
    private readonly mail: MailService,
    private readonly reminders: ConsultationReminders,
    private readonly links: ConsultationLinkSigner,
    private readonly gateway: ConsultationsGateway,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async book(viewer: Viewer, input: BookConsultationInput): Promise<ConsultationModel> {
    const type = await this.experts.findType(input.typeId);
    if (!type || !type.active) throw new ConsultationsException('TYPE_NOT_FOUND');
    const refusal = consultationsPolicy.bookingRefusal(viewer, type.expertId);
    if (refusal) throw new ConsultationsException(refusal);
    const intake = input.intakeAnswer.trim();
    if (intake.length === 0 || intake.length > 2000) throw new ConsultationsException('INTAKE_REQUIRED');
    const start = this.parseStart(input.start);

    const booking = await this.guardTaken(() =>
      this.transactions.run(async (tx) => {
        const { profile, blocks, live } = await this.expertState(type.expertId, tx);
        if (!profile.accepting) throw new ConsultationsException('NOT_ACCEPTING');
        const settings = availabilityOf(profile, blocks);
        const slot = this.requireSlot(checkRequestedSlot(settings, type.durationMinutes, existingBookings(live), this.clock.now().toISOString(), start, type.mode));
        const created = await this.consultations.insert(
          {
            expertId: type.expertId,
            memberId: viewer.userId!,
            typeId: type.id,
            title: type.title,
            mode: type.mode,
            location: this.locationOf(type, slot.onSite),
            startsAt: new Date(slot.start),
            endsAt: new Date(slot.end),
            timeZone: profile.timeZone,
            intakeAnswer: intake,
          },
          blockedTstzRange(slot, settings.bufferBeforeMinutes, settings.bufferAfterMinutes),
          tx,
        );
        await this.enforceDailyMaximum(tx, profile, created);
        await this.afterChange(tx, created, 'booked');
        return created;
      }),
    );
    this.published(booking, []);
    return toConsultation(viewer, booking, this.config.publicUrl, this.clock.now());
  }

  async reschedule(viewer: Viewer, input: RescheduleConsultationInput): Promise<ConsultationModel> {
    const start = this.parseStart(input.start);
    let dropped: string[] = [];
    const { booking, actor } = await this.guardTaken(() =>
      this.transactions.run(async (tx) => {
        const { booking: current, actor } = await this.lockForChange(viewer, input, tx);
        if (!consultationsPolicy.canReschedule(actor.viewer, current)) throw new ConsultationsException('ONLY_MEMBER_RESCHEDULES');
        const type = await this.experts.findType(current.typeId, tx);
        if (!type) throw new ConsultationsException('NOT_CHANGEABLE');
        const { profile, blocks, live } = await this.expertState(current.expertId, tx);
        const settings = availabilityOf(profile, blocks);
        // The booking being moved does not block its own new time.
        const slot = this.requireSlot(
          checkRequestedSlot(settings, type.durationMinutes, existingBookings(live, current.id), this.clock.now().toISOString(), start, type.mode),
        );
        dropped = current.reminderJobIds;
        await this.consultations.move(current.id, new Date(slot.start), new Date(slot.end), blockedTstzRange(slot, settings.bufferBeforeMinutes, settings.bufferAfterMinutes), tx);
        const moved = (await this.consultations.findById(current.id, tx))!;
        await this.enforceDailyMaximum(tx, profile, moved);
        await this.afterChange(tx, moved, 'moved');
        return { booking: moved, actor };
      }),
    );
    this.published(booking, dropped);
    return toConsultation(actor.viewer, booking, this.config.publicUrl, this.clock.now());
  }

  async cancel(viewer: Viewer, input: CancelConsultationInput): Promise<ConsultationModel> {
    let dropped: string[] = [];
    const { booking, actor } = await this.transactions.run(async (tx) => {
      const { booking: current, actor } = await this.lockForChange(viewer, input, tx);
      if (!consultationsPolicy.canCancel(actor.viewer, current)) throw new ConsultationsException('CONSULTATION_NOT_FOUND');
      const reason = input.reason?.trim() || null;
      const byExpert = actor.viewer.userId === current.expertId;
      if (byExpert && !reason) throw new ConsultationsException('REASON_REQUIRED');
      dropped = current.reminderJobIds;
      await this.consultations.cancel(current.id, actor.viewer.userId!, reason, tx);
      const cancelled = (await this.consultations.findById(current.id, tx))!;
      await this.afterChange(tx, cancelled, 'cancelled', reason);
      return { booking: cancelled, actor };
    });
    this.published(booking, dropped);
    return toConsultation(actor.viewer, booking, this.config.publicUrl, this.clock.now());
  }

  async setOutcome(viewer: Viewer, id: string, outcome: 'completed' | 'no_show'): Promise<ConsultationModel> {
    const booking = await this.transactions.run(async (tx) => {
      const current = await this.consultations.lockById(id, tx);
      if (!current || !consultationsPolicy.canSeeBooking(viewer, current)) throw new ConsultationsException('CONSULTATION_NOT_FOUND');
      if (!consultationsPolicy.canActAsExpert(viewer, current)) throw new ConsultationsException('NOT_EXPERT');
      if (current.status === 'cancelled') throw new ConsultationsException('NOT_CHANGEABLE');
      if (current.startsAt.getTime() > this.clock.now().getTime()) throw new ConsultationsException('NOT_STARTED');
      await this.consultations.setStatus(id, outcome, tx);
      return (await this.consultations.findById(id, tx))!;
    });
    return toConsultation(viewer, booking, this.config.publicUrl, this.clock.now());
  }

  async setNotes(viewer: Viewer, id: string, notes: string): Promise<ConsultationModel> {
    const current = await this.consultations.findById(id);
    if (!current || !consultationsPolicy.canSeeBooking(viewer, current)) throw new ConsultationsException('CONSULTATION_NOT_FOUND');
    if (!consultationsPolicy.canActAsExpert(viewer, current)) throw new ConsultationsException('NOT_EXPERT');
    await this.consultations.setNotes(id, notes.trim() || null);
    return toConsultation(viewer, (await this.consultations.findById(id))!, this.config.publicUrl, this.clock.now());
  }

  async mine(viewer: Viewer): Promise<ConsultationModel[]> {
    if (!viewer.userId) throw new ConsultationsException('SIGN_IN_REQUIRED');
    const now = this.clock.now();
    return (await this.consultations.listForMember(viewer.userId)).map((c) => toConsultation(viewer, c, this.config.publicUrl, now));
  }

  async forExpert(viewer: Viewer, upcoming: boolean): Promise<ConsultationModel[]> {
    if (!viewer.userId) throw new ConsultationsException('SIGN_IN_REQUIRED');
    const now = this.clock.now();
    const since = upcoming ? new Date(now.getTime() - 86_400_000) : null;
    return (await this.consultations.listForExpert(viewer.userId, since)).map((c) => toConsultation(viewer, c, this.config.publicUrl, now));
  }

  async one(viewer: Viewer, id: string): Promise<ConsultationModel> {
    const c = await this.consultations.findById(id);
    if (!c || !consultationsPolicy.canSeeBooking(viewer, c)) throw new ConsultationsException('CONSULTATION_NOT_FOUND');
    return toConsultation(viewer, c, this.config.publicUrl, this.clock.now());
  }

  /** What an email link opens: the booking as its recipient sees it, while the link is still current. */
  async byLink(token: string): Promise<ConsultationModel> {
    const { booking, actor } = await this.resolveLink(token);
    return toConsultation(actor.viewer, booking, this.config.publicUrl, this.clock.now());
  }

  private async resolveLink(token: string, tx?: Tx): Promise<{ booking: ConsultationEntity; actor: Actor }> {
    const link = this.links.verify(token);
    const booking = tx ? await this.consultations.lockById(link.consultationId, tx) : await this.consultations.findById(link.consultationId);
    // A link from before the latest change (or for someone else) is void: it cannot be replayed.
    if (!booking || booking.icsSequence !== link.sequence || (booking.memberId !== link.userId && booking.expertId !== link.userId)) {
      throw new ConsultationsException('INVALID_LINK');
    }
    const { viewer } = await this.memberships.viewerForUserId(link.userId);
    return { booking, actor: { viewer, viaLinkSequence: link.sequence } };
  }

  private async lockForChange(viewer: Viewer, input: { id?: string | null; token?: string | null }, tx: Tx): Promise<{ booking: ConsultationEntity; actor: Actor }> {
    let found: { booking: ConsultationEntity; actor: Actor };
    if (input.token) found = await this.resolveLink(input.token, tx);
    else if (input.id) {
      if (!viewer.userId) throw new ConsultationsException('SIGN_IN_REQUIRED');
      const booking = await this.consultations.lockById(input.id, tx);
      if (!booking || !consultationsPolicy.canSeeBooking(viewer, booking)) throw new ConsultationsException('CONSULTATION_NOT_FOUND');
      found = { booking, actor: { viewer, viaLinkSequence: null } };
    } else throw new ConsultationsException('CONSULTATION_NOT_FOUND');
    const { booking } = found;
    if (booking.status !== 'booked' || booking.startsAt.getTime() <= this.clock.now().getTime()) throw new ConsultationsException('NOT_CHANGEABLE');
    return found;
  }

  /**
   * What the slot check needs. No lock: overlaps are the exclusion constraint's job, so a hundred
   * people racing for one slot wait only for the winner's commit and are then refused together.
   */
  private async expertState(expertId: string, tx: Tx) {
    const profile = await this.experts.findProfile(expertId, tx);
    if (!profile) throw new ConsultationsException('EXPERT_NOT_FOUND');
    const [blocks, live] = await readTogether(tx, () => this.experts.findBlocks(expertId, tx), () => this.consultations.liveForExpert(expertId, this.clock.now(), tx));
    return { profile, blocks, live };
  }

  /**
   * The daily maximum, decided after the row is written: bookings of one expert-local day take a lock
   * on that day in turn and count what is committed plus their own, so two bookings of different
   * slots on a full day cannot both get in.
   */
  private async enforceDailyMaximum(tx: Tx, profile: ExpertProfileEntity, booking: ConsultationEntity): Promise<void> {
    if (profile.maxPerDay === null) return;
    const day = DateTime.fromJSDate(booking.startsAt, { zone: profile.timeZone }).startOf('day');
    await this.consultations.lockExpertDay(profile.userId, day.toISODate()!, tx);
    const count = await this.consultations.countLiveBetween(profile.userId, day.toJSDate(), day.plus({ days: 1 }).toJSDate(), tx);
    if (count > profile.maxPerDay) throw new ConsultationsException('DAY_FULL');
  }

  /** Emails with the invite, fresh reminders: all in the change's transaction. */
  private async afterChange(tx: Tx, booking: ConsultationEntity, reason: InviteReason, note: string | null = null): Promise<void> {
    const [expert, member] = await readTogether(tx, () => this.users.findById(booking.expertId, tx), () => this.users.findById(booking.memberId, tx));
    await this.mailer.sendInvites(tx, booking, expert as UserEntity, member as UserEntity, reason, note);
    if (reason === 'cancelled') await this.consultations.setReminderJobs(booking.id, [], tx);
    else await this.reminders.schedule(tx, booking);
  }

  /** After commit: send mail now, drop superseded reminders, tell everyone watching the expert. */
  private published(booking: ConsultationEntity, droppedReminders: string[]): void {
    this.mail.nudge();
    void this.reminders.drop(droppedReminders);
    this.gateway.slotsChanged({
      expertId: booking.expertId,
      taken: booking.status === 'cancelled' ? null : { start: booking.startsAt.toISOString(), end: booking.endsAt.toISOString() },
    });
  }

  private requireSlot(result: ReturnType<typeof checkRequestedSlot>) {
    if (!result.ok) throw new ConsultationsException(REFUSAL_CODE[result.refusal]);
    return result.slot;
  }

  private locationOf(type: ConsultationTypeEntity, onSite: string | null): string {
    if (type.mode === 'online') return type.meetingUrl ?? 'Online';
    return onSite && type.room && onSite !== type.room ? `${onSite} (${type.room})` : (onSite ?? type.room ?? 'On site');
  }

  private parseStart(value: string): string {
    const parsed = DateTime.fromISO(value, { setZone: true });
    // An instant needs its offset: '2026-06-02T10:00' means different times in different zones.
    if (!parsed.isValid || !/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) throw new ConsultationsException('INVALID_START');
    return parsed.toUTC().toISO()!;
  }

  /**
   * A concurrent booking won the race: the constraint said so (or PostgreSQL broke the wait cycle
   * that concurrent exclusion checks can form), and the caller hears "taken".
   */
  private async guardTaken<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const code = (e as { code?: string }).code ?? (e as { driverError?: { code?: string } }).driverError?.code;
      if (code === EXCLUSION_VIOLATION || code === DEADLOCK_DETECTED) throw new ConsultationsException('SLOT_TAKEN');
      throw e;
    }
  }
}
