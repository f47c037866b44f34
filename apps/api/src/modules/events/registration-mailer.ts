import { Inject, Injectable } from '@nestjs/common';
import { buildInvite, IcsInvite } from '@confer/libs/ics';
import QRCode from 'qrcode';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import type { Tx } from '../../core/database/transaction-runner';
import { MailService } from '../mail/mail.service';
import type { EventEntity } from './entities/event.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { cancellationEmail, confirmationEmail, recordingEmail, RegistrationEmailFacts } from './registration-emails.template';
import { TicketTokenSigner } from './ticket-token.signer';

const QR_CID = 'ticket-qr@confer';

/**
 * Registration emails, always enqueued in the caller's transaction: a confirmation with an iTIP
 * REQUEST (the registration's stable UID and stored SEQUENCE, in the event's zone) and the QR ticket;
 * a cancellation with METHOD:CANCEL, the same UID and the raised SEQUENCE.
 */
@Injectable()
export class RegistrationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly signer: TicketTokenSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The QR image of a ticket (PNG) for the web page and the email. */
  qrPng(registration: Pick<RegistrationEntity, 'id' | 'ticketTokenId'>): Promise<Buffer> {
    return QRCode.toBuffer(this.signer.sign(registration.id, registration.ticketTokenId), { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  }

  /** `updated`: the event moved (time, place): the same invite again with its raised SEQUENCE. */
  /** The same QR as an SVG data URL for the tickets page (cheaper to draw than a PNG). */
  async qrSvgDataUrl(token: string): Promise<string> {
    const svg = await QRCode.toString(token, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  }

  async confirmation(tx: Tx, r: RegistrationEntity, event: EventEntity, opts: { updated?: boolean } = {}): Promise<void> {
    // Online events have no door: no QR ticket.
    const qr = event.kind === 'webinar' ? null : await this.qrPng(r);
    const email = confirmationEmail(this.facts(r, event), qr ? QR_CID : null, opts.updated ?? false);
    await this.mail.enqueue(tx, {
      kind: opts.updated ? 'events-registration-updated' : 'events-registration-confirmed',
      to: r.attendeeEmail,
      ...email,
      ics: { method: 'REQUEST', content: buildInvite('REQUEST', this.invite(r, event)) },
      attachments: qr ? [{ filename: 'ticket.png', contentType: 'image/png', contentBase64: qr.toString('base64'), cid: QR_CID }] : null,
    });
  }

  async recording(tx: Tx, r: RegistrationEntity, event: EventEntity, recordingUrl: string): Promise<void> {
    await this.mail.enqueue(tx, { kind: 'events-webinar-recording', to: r.attendeeEmail, ...recordingEmail(this.facts(r, event), recordingUrl) });
  }

  async cancellation(
    tx: Tx,
    r: RegistrationEntity,
    event: EventEntity,
    why: 'attendee' | 'transferred' | 'event_cancelled',
    opts: { reason?: string | null; to?: { name: string; email: string } } = {},
  ): Promise<void> {
    const person = opts.to ?? { name: r.attendeeName, email: r.attendeeEmail };
    const held = { ...r, attendeeName: person.name, attendeeEmail: person.email };
    await this.mail.enqueue(tx, {
      kind: 'events-registration-cancelled',
      to: person.email,
      ...cancellationEmail(this.facts(held, event), why, opts.reason ?? null, why === 'attendee' ? r.refundCents : null),
      ics: { method: 'CANCEL', content: buildInvite('CANCEL', this.invite(held, event)) },
    });
  }

  private invite(r: RegistrationEntity, event: EventEntity): IcsInvite {
    const facts = this.facts(r, event);
    return {
      uid: r.icsUid,
      sequence: r.icsSequence,
      lastModified: (r.updatedAt ?? new Date()).toISOString(),
      start: event.startsAt.toISOString(),
      end: event.endsAt.toISOString(),
      timeZone: event.timeZone,
      title: event.title,
      location: event.kind === 'webinar' ? (event.joinUrl ?? 'Online') : [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
      description: [event.summary, event.kind === 'webinar' && event.joinUrl ? `Join: ${event.joinUrl}` : null, `Tickets: ${facts.ticketsUrl}`].filter(Boolean).join('\n\n'),
      url: facts.eventUrl,
      organizer: { name: 'Confer events', email: /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom },
      attendees: [{ name: r.attendeeName, email: r.attendeeEmail }],
    };
  }

  private facts(r: Pick<RegistrationEntity, 'attendeeName'>, event: EventEntity): RegistrationEmailFacts {
    return {
      attendeeName: r.attendeeName,
      eventTitle: event.title,
      eventKind: event.kind,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      venue: event.kind === 'webinar' ? 'online' : event.venueName,
      eventUrl: `${this.config.publicUrl}/events/${event.slug}`,
      ticketsUrl: `${this.config.publicUrl}/events/tickets`,
      joinUrl: event.joinUrl,
      includesCourse: event.includesCourse,
    };
  }
}
