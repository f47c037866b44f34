import { Inject, Injectable } from '@nestjs/common';
import { buildInvite } from '@confer/libs/ics';
import { DateTime } from 'luxon';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { Tx } from '../../core/database/transaction-runner';
import { UserEntity } from '../accounts/entities/user.entity';
import { MailService } from '../mail/mail.service';
import { renderEmail } from '../mail/templates/mail-layout.template';
import { consultationIcsItem } from './consultation-calendar';
import { ConsultationLinkSigner } from './consultation-link.signer';
import type { ConsultationEntity } from './entities/consultation.entity';

export type InviteReason = 'booked' | 'moved' | 'cancelled';

const SUBJECT: Record<InviteReason, string> = {
  booked: 'Consultation booked',
  moved: 'Consultation moved',
  cancelled: 'Consultation cancelled',
};

/**
 * Consultation emails. Each party gets the same iTIP invite (REQUEST while booked, CANCEL when
 * cancelled) with Confer as ORGANIZER and both as ATTENDEEs, so both calendars follow every change.
 * Emails name the type, the time and the place only: never the intake answer or private notes.
 */
@Injectable()
export class ConsultationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly links: ConsultationLinkSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendInvites(tx: Tx, booking: ConsultationEntity, expert: UserEntity, member: UserEntity, reason: InviteReason, note: string | null = null): Promise<void> {
    const method = reason === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const item = consultationIcsItem(booking, { expertName: expert.displayName, memberName: member.displayName }, this.config.publicUrl);
    const ics = buildInvite(method, {
      ...item,
      organizer: { name: 'Confer consultations', email: this.organizerEmail() },
      attendees: [
        { name: expert.displayName, email: expert.email, role: 'CHAIR' },
        { name: member.displayName, email: member.email },
      ],
    });
    for (const [to, other] of [[member, expert], [expert, member]] as const) {
      const when = this.when(booking, to.timeZone);
      const paragraphs = [
        reason === 'booked' ? `Your consultation with ${other.displayName} is booked: ${booking.title}, ${when}.` : '',
        reason === 'moved' ? `Your consultation with ${other.displayName} has moved to ${when} (${booking.title}).` : '',
        reason === 'cancelled' ? `Your consultation with ${other.displayName} on ${when} (${booking.title}) is cancelled.` : '',
        note ? `Reason given: ${note}` : '',
        reason !== 'cancelled' ? this.placeLine(booking) : '',
        'The attached invite updates your calendar.',
        ...(reason !== 'cancelled' ? this.manageLines(booking, to, booking.memberId === to.id) : []),
      ].filter(Boolean);
      const email = renderEmail({
        subject: `${SUBJECT[reason]}: ${booking.title}`,
        heading: SUBJECT[reason],
        paragraphs,
        action: { label: 'Open your consultations', url: `${this.config.publicUrl}/consultations` },
      });
      await this.mail.enqueue(tx, { kind: `consultation-${reason}`, to: to.email, ...email, ics: { method, content: ics } });
    }
  }

  async sendReminder(tx: Tx, booking: ConsultationEntity, expert: UserEntity, member: UserEntity, hoursBefore: number): Promise<void> {
    for (const [to, other] of [[member, expert], [expert, member]] as const) {
      const email = renderEmail({
        subject: `Reminder: consultation ${hoursBefore === 1 ? 'in 1 hour' : `in ${hoursBefore} hours`}`,
        heading: 'Your consultation is coming up',
        paragraphs: [`${booking.title} with ${other.displayName}, ${this.when(booking, to.timeZone)}.`, this.placeLine(booking)],
        action: { label: 'Open your consultations', url: `${this.config.publicUrl}/consultations` },
      });
      await this.mail.enqueue(tx, { kind: 'consultation-reminder', to: to.email, ...email });
    }
  }

  private manageLines(booking: ConsultationEntity, to: UserEntity, isMember: boolean): string[] {
    const token = this.links.sign({ consultationId: booking.id, userId: to.id, sequence: booking.icsSequence }, booking.startsAt);
    const base = `${this.config.publicUrl}/consultations/manage?token=${encodeURIComponent(token)}`;
    return [
      ...(isMember ? [`Reschedule: ${base}&action=reschedule`] : []),
      `Cancel: ${base}&action=cancel`,
      'These links work until the consultation starts, and only until the booking changes again.',
    ];
  }

  private placeLine(booking: ConsultationEntity): string {
    return booking.mode === 'online' ? `Join online: ${booking.location}` : `Where: ${booking.location}`;
  }

  /** The time in the reader's own zone, with the zone named. */
  private when(booking: ConsultationEntity, zone: string): string {
    return DateTime.fromJSDate(booking.startsAt, { zone }).setLocale('en-US').toFormat("cccc d LLLL yyyy 'at' h:mm a ZZZZ");
  }

  private organizerEmail(): string {
    return /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom;
  }
}
