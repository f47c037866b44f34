import { DateTime } from 'luxon';
import { renderEmail } from '../mail/templates/mail-layout.template';

export interface RegistrationEmailFacts {
  attendeeName: string;
  eventTitle: string;
  eventKind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  eventUrl: string;
  ticketsUrl: string;
  /** Webinars: the join link, only ever in the registrant's own email. */
  joinUrl: string | null;
  includesCourse: boolean;
}

/** "Saturday 13 November 2027, 08:30–17:00 EST" in the event's own zone. */
export function whenAtVenue(f: Pick<RegistrationEmailFacts, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const start = DateTime.fromJSDate(f.startsAt, { zone: f.timeZone });
  const end = DateTime.fromJSDate(f.endsAt, { zone: f.timeZone });
  const sameDay = start.hasSame(end, 'day');
  return sameDay
    ? `${start.toFormat('cccc d LLLL yyyy, HH:mm')}–${end.toFormat('HH:mm ZZZZ')}`
    : `${start.toFormat('cccc d LLLL yyyy, HH:mm')} – ${end.toFormat('cccc d LLLL yyyy, HH:mm ZZZZ')}`;
}

/** HTML for the QR image carried as an inline attachment (cid), placed before the footer. */
function withTicketImage(html: string, cid: string): string {
  const img = `<p><img src="cid:${cid}" width="240" height="240" alt="Your ticket's QR code: show it at the door"></p>`;
  return html.replace('<hr>', `${img}\n<hr>`);
}

export function confirmationEmail(f: RegistrationEmailFacts, qrCid: string | null, updated = false) {
  const online = f.eventKind === 'webinar';
  const paragraphs = [
    `Hello ${f.attendeeName},`,
    `You are registered for ${f.eventTitle}: ${whenAtVenue(f)}${f.venue ? `, ${f.venue}` : ''}.`,
    'The attached invitation adds it to your calendar; if the event changes or is cancelled, your calendar is updated.',
    ...(online && f.joinUrl ? [`Join online: ${f.joinUrl} (this link is for registrants only: please do not share it).`] : []),
    ...(qrCid ? ['Your ticket is the QR code below (also attached): show it at the door to check in.'] : []),
    ...(f.includesCourse ? ['Your registration includes the Social for Healthcare Certificate course: you can start it now from the Learning page.'] : []),
  ];
  const email = updated
    ? renderEmail({ subject: `Updated: ${f.eventTitle}`, heading: `${f.eventTitle} has changed`, paragraphs: [paragraphs[0], `The details changed: it is now ${whenAtVenue(f)}${f.venue ? `, ${f.venue}` : ''}.`, ...paragraphs.slice(2)], action: { label: 'See your tickets', url: f.ticketsUrl } })
    : renderEmail({ subject: `You're registered: ${f.eventTitle}`, heading: `You're registered for ${f.eventTitle}`, paragraphs, action: { label: 'See your tickets', url: f.ticketsUrl } });
  return qrCid ? { ...email, html: withTicketImage(email.html, qrCid) } : email;
}

/** A webinar's recording, for its registrants only. */
export function recordingEmail(f: RegistrationEmailFacts, recordingUrl: string) {
  return renderEmail({
    subject: `Recording: ${f.eventTitle}`,
    heading: `The recording of ${f.eventTitle} is ready`,
    paragraphs: [`Hello ${f.attendeeName},`, `Thank you for registering for ${f.eventTitle} (${whenAtVenue(f)}). The recording is for registrants: please do not share the link.`],
    action: { label: 'Watch the recording', url: recordingUrl },
  });
}

export function cancellationEmail(f: RegistrationEmailFacts, why: 'attendee' | 'transferred' | 'event_cancelled', reason: string | null, refundCents: number | null) {
  const lead =
    why === 'event_cancelled'
      ? `We are sorry: ${f.eventTitle} (${whenAtVenue(f)}) has been cancelled.${reason ? ` ${reason}` : ''}`
      : why === 'transferred'
        ? `Your ticket for ${f.eventTitle} (${whenAtVenue(f)}) was transferred to a colleague. Your QR code no longer works.`
        : `Your registration for ${f.eventTitle} (${whenAtVenue(f)}) is cancelled.`;
  const paragraphs = [
    `Hello ${f.attendeeName},`,
    lead,
    'The attached cancellation removes the event from your calendar.',
    ...(refundCents ? [`A refund of $${(refundCents / 100).toFixed(2)} has been recorded.`] : []),
  ];
  return renderEmail({ subject: `Cancelled: ${f.eventTitle}`, heading: `Cancelled: ${f.eventTitle}`, paragraphs, action: { label: 'See the event', url: f.eventUrl } });
}
