import jsQR from 'jsqr';
import { icsOf } from '../../utils/consultation-fixtures';
import type { TestDb } from '../../utils/fixtures';
import type { CapturedMail } from '../../utils/mailbox';
import { attendee, EQ, eventsSuite, EventsWorld, ok } from '../../utils/events-fixtures';
import type { TestApp } from '../../utils/test-app';
import { register, RQ, self } from './registration-fixtures';

// pngjs ships no type declarations; only its synchronous reader is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PNG } = require('pngjs') as { PNG: { sync: { read(b: Buffer): { data: Buffer; width: number; height: number } } } };

/** The QR code in a ticket email, decoded from the PNG as a phone's camera would. */
function qrTextOf(mail: CapturedMail): string {
  const png = mail.parsed.attachments.find((a) => a.contentType === 'image/png');
  if (!png) throw new Error(`no PNG in "${mail.subject}"`);
  const image = PNG.sync.read(png.content);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!found) throw new Error('the PNG holds no readable QR code');
  return found.data;
}

/** Confirmation and cancellation emails with invites (read back with ical.js) and QR tickets; webinar links. */
describe('registration emails', () => {
  const suite = eventsSuite();
  let t: TestApp;
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ t, db, w } = suite);
  });

  it('each attendee gets a REQUEST invite in the event’s zone with the registration’s UID, and a QR ticket that checks them in', async () => {
    // 09:00–17:00 in Jacksonville on 14 November 2027 (EST, UTC-5).
    const event = await w.event({ title: 'Annual Conference 2027', startsAt: new Date('2027-11-14T14:00:00Z'), endsAt: new Date('2027-11-14T22:00:00Z') });
    const ticket = await w.ticket(event.id);
    const buyer = await w.member();
    const guest = attendee(1);
    const order = await register(w, buyer, ticket, { attendees: [self(buyer), guest] });
    const regs = await db.query(`select id, attendee_email, ics_uid, ics_sequence from registrations where order_id = $1 order by seat_index`, [order.id]);

    for (const [i, to] of [buyer.email, guest.email as string].entries()) {
      const [mail] = await t.mailbox.waitFor(to, { subject: /registered/ });
      expect(mail.subject).toBe("You're registered: Annual Conference 2027");
      expect(mail.text).toContain('Sunday 14 November 2027, 09:00–17:00 EST');
      const ics = icsOf(mail);
      expect(ics.method).toBe('REQUEST');
      expect(ics.timezones).toEqual(['America/New_York']);
      expect(ics.events).toHaveLength(1);
      expect(ics.events[0]).toMatchObject({ uid: regs[i].ics_uid, sequence: 0, tzid: 'America/New_York', localStart: '2027-11-14T09:00:00', startUtc: '2027-11-14T14:00:00.000Z', status: 'CONFIRMED', summary: 'Annual Conference 2027' });
      expect(ics.events[0].attendees.map((a) => a.toLowerCase())).toEqual([`mailto:${to.toLowerCase()}`]);
      // Inline: the HTML part shows the attached PNG (mailparser swaps cid: for the image itself).
      expect(mail.parsed.attachments.find((a) => a.contentType === 'image/png')?.cid).toBe('ticket-qr@confer');
      expect(mail.html).toMatch(/<img src="data:image\/png;base64,[^"]+" width="240" height="240" alt="Your ticket/);
      const token = qrTextOf(mail);
      expect(token).toMatch(/^t1\./);
      expect(token.split('.')[1]).toBe(regs[i].id);
    }
    // The QR in the email is the ticket staff scan.
    const staff = await w.staff();
    const [mail] = await t.mailbox.waitFor(guest.email as string, { subject: /registered/ });
    const { checkInTicket } = await ok(staff.client, RQ.checkIn, { eventId: event.id, token: qrTextOf(mail) });
    expect(checkInTicket.registration.attendeeName).toBe(guest.name);
  });

  it('a cancellation sends METHOD:CANCEL with the same UID and a higher SEQUENCE', async () => {
    const event = await w.event({ title: `Residency ${Date.now()}`, kind: 'residency' });
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member)] });
    const [invite] = await t.mailbox.waitFor(member.email, { subject: /registered/ });
    await ok(member.client, RQ.cancel, { id: order.registrations[0].id });
    const [mail] = await t.mailbox.waitFor(member.email, { subject: /^Cancelled/ });
    const cancel = icsOf(mail);
    const request = icsOf(invite);
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events[0]).toMatchObject({ uid: request.events[0].uid, sequence: 1, status: 'CANCELLED' });
    expect(request.events[0].sequence).toBe(0);
    expect(mail.parsed.attachments.some((a) => a.contentType === 'image/png')).toBe(false);
  });

  it('cancelling the whole order cancels every seat’s invite', async () => {
    const event = await w.event({ title: `Order cancel ${Date.now()}` });
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const other = attendee(2);
    const order = await register(w, member, ticket, { attendees: [self(member), other] });
    await ok(member.client, EQ.cancel, { id: order.id });
    for (const to of [member.email, other.email as string]) {
      const [mail] = await t.mailbox.waitFor(to, { subject: /^Cancelled/ });
      expect(icsOf(mail)).toMatchObject({ method: 'CANCEL' });
      expect(icsOf(mail).events[0].sequence).toBe(1);
    }
  });

  it('a seat given back earlier is not cancelled a second time when the whole order is', async () => {
    const event = await w.event({ title: `Partial ${Date.now()}` });
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const other = attendee(3);
    const order = await register(w, member, ticket, { attendees: [self(member), other] });
    const first = order.registrations.find((r) => r.attendeeEmail === other.email)!;
    await ok(member.client, RQ.cancel, { id: first.id });
    await t.mailbox.waitFor(other.email as string, { subject: /^Cancelled/ });
    await ok(member.client, EQ.cancel, { id: order.id });
    await t.mailbox.waitFor(member.email, { subject: /^Cancelled/ });
    expect(await t.mailbox.for(other.email as string).then((m) => m.filter((x) => /^Cancelled/.test(x.subject)))).toHaveLength(1);
    expect((await db.query(`select ics_sequence from registrations where id = $1`, [first.id]))[0].ics_sequence).toBe(1);
  });

  it('a webinar’s join link is in its registrants’ email and ticket only; its recording link afterwards', async () => {
    const joinUrl = `https://meet.example.org/webinar-${Date.now()}`;
    const webinar = await w.event({ kind: 'webinar', title: 'Monthly webinar: TikTok for hospitals', joinUrl });
    const ticket = await w.ticket(webinar.id, { listPriceCents: 9500, inPerson: false, includedInPremium: true, capacity: null });
    const member = await w.member({ premium: true });
    const order = await register(w, member, ticket, { attendees: [self(member)] });
    expect(order.state).toBe('PAID');
    const [mail] = await t.mailbox.waitFor(member.email, { subject: /registered/ });
    expect(mail.text).toContain(joinUrl);
    expect(icsOf(mail).events[0].location).toBe(joinUrl);
    // Online: no door, no QR ticket.
    expect(mail.parsed.attachments.some((a) => a.contentType === 'image/png')).toBe(false);

    const mine = (await ok(member.client, RQ.one, { id: order.registrations[0].id })).registration;
    expect(mine).toMatchObject({ joinUrl, recordingUrl: null, ticketToken: null });
    const other = await w.member({ premium: true });
    const seenByOther = (await ok(other.client, EQ.event, { slug: webinar.slug })).event;
    expect(seenByOther.joinUrl).toBeNull();
    expect((await t.mailbox.all()).filter((m) => m.text.includes(joinUrl)).map((m) => m.to)).toEqual([member.email]);

    const staff = await w.staff();
    await ok(staff.client, `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`, { input: { id: webinar.id, recordingUrl: 'https://video.example.org/rec-1' } });
    const [recording] = await t.mailbox.waitFor(member.email, { subject: /^Recording/ });
    expect(recording.text).toContain('https://video.example.org/rec-1');
    expect((await t.mailbox.all()).filter((m) => m.text.includes('https://video.example.org/rec-1')).map((m) => m.to)).toEqual([member.email]);
    expect((await ok(member.client, RQ.one, { id: order.registrations[0].id })).registration.recordingUrl).toBe('https://video.example.org/rec-1');
    expect((await ok(other.client, EQ.event, { slug: webinar.slug })).event.recordingUrl).toBeNull();
  });
});
