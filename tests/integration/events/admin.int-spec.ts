import { icsOf } from '../../utils/consultation-fixtures';
import type { TestDb } from '../../utils/fixtures';
import { attendee, EQ, eventsSuite, EventsWorld, fail, MADE_UP_ID, ok } from '../../utils/events-fixtures';
import type { TestApp } from '../../utils/test-app';
import { register, self } from './registration-fixtures';

const AQ = {
  create: `mutation($input: EventFieldsInput!) { createEvent(input: $input) { id slug title status timeZone venueStart questions { id kind options required } } }`,
  update: `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id slug title status startsAt venueStart } }`,
  cancel: `mutation($id: ID!, $reason: String) { cancelEvent(eventId: $id, reason: $reason) { eventId ordersCancelled seatsCancelled } }`,
  session: `mutation($input: CreateSessionInput!) { createEventSession(input: $input) { id title track venueStart speakers { userId displayName } } }`,
  updateSession: `mutation($input: UpdateSessionInput!) { updateEventSession(input: $input) { id title room speakers { userId } } }`,
  deleteSession: `mutation($id: ID!) { deleteEventSession(sessionId: $id) { ok } }`,
  ticket: `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { id kind name listPriceCents capacity seatsLeft bundleEventIds } }`,
  updateTicket: `mutation($input: UpdateTicketTypeInput!) { updateTicketType(input: $input) { id capacity seatsLeft } }`,
  promo: `mutation($input: CreatePromoCodeInput!) { createPromoCode(input: $input) { id code percentOff amountOffCents maxUses uses ticketTypeIds } }`,
  updatePromo: `mutation($input: UpdatePromoCodeInput!) { updatePromoCode(input: $input) { id active maxUses } }`,
  promos: `query($eventId: ID) { promoCodes(eventId: $eventId) { id code } }`,
  registrations: `query($filter: EventRegistrationsFilterInput!) { eventRegistrations(filter: $filter) { checkedIn confirmed items { id attendeeName status checkedInAt ticketToken } } }`,
};

const eventInput = (over: Record<string, unknown> = {}) => ({
  slug: `conf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
  kind: 'CONFERENCE',
  title: 'Annual Conference 2027',
  timeZone: 'America/New_York',
  startsAt: '2027-11-14T13:00:00Z',
  endsAt: '2027-11-15T22:00:00Z',
  venueName: 'Hyatt Regency Jacksonville Riverfront',
  questions: [{ id: 'diet', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegetarian'], required: true }],
  ...over,
});

/** Staff create and run events; nobody else can; cancelling an event tells everyone. */
describe('events staff tools', () => {
  const suite = eventsSuite();
  let t: TestApp;
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ t, db, w } = suite);
  });

  it('every staff operation answers NOT_STAFF to a member and UNAUTHENTICATED to a visitor, writing nothing', async () => {
    const event = await w.event();
    const ticket = await w.ticket(event.id);
    const [session] = await db.query(`insert into event_sessions (event_id, type, title, starts_at, ends_at) select id, 'keynote', 'K', starts_at, starts_at + interval '1 hour' from events where id = $1 returning id`, [event.id]);
    const member = await w.member({ premium: true });
    const calls: [string, Record<string, unknown>][] = [
      [AQ.create, { input: eventInput() }],
      [AQ.update, { input: { id: event.id, title: 'Hacked' } }],
      [AQ.cancel, { id: event.id }],
      [AQ.session, { input: { eventId: event.id, type: 'KEYNOTE', title: 'X', startsAt: '2027-11-14T14:00:00Z', endsAt: '2027-11-14T15:00:00Z' } }],
      [AQ.updateSession, { input: { id: session.id, title: 'X' } }],
      [AQ.deleteSession, { id: session.id }],
      [AQ.ticket, { input: { eventId: event.id, name: 'Free', listPriceCents: 0 } }],
      [AQ.updateTicket, { input: { id: ticket, capacity: 1000 } }],
      [AQ.promo, { input: { code: 'FREEBIE', percentOff: 100 } }],
      [AQ.promos, {}],
      [AQ.registrations, { filter: { eventId: event.id } }],
    ];
    const before = await db.snapshot();
    for (const [query, vars] of calls) {
      expect((await fail(member.client, query, vars)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
      expect((await fail(w.visitor(), query, vars)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await db.snapshot()).toEqual(before);
    expect((await db.query(`select title, status from events where id = $1`, [event.id]))[0].status).toBe('published');
  });

  it('staff create a draft (hidden from members), publish it, and bad input is refused with a code and writes nothing', async () => {
    const staff = await w.staff();
    const member = await w.member();
    const input = eventInput();
    const { createEvent } = await ok(staff.client, AQ.create, { input });
    expect(createEvent).toMatchObject({ status: 'DRAFT', timeZone: 'America/New_York', venueStart: '2027-11-14T08:00:00-05:00' });
    expect((await fail(member.client, EQ.event, { slug: input.slug })).extensions?.reason).toBe('EVENT_NOT_FOUND');
    await ok(staff.client, AQ.update, { input: { id: createEvent.id, status: 'PUBLISHED' } });
    expect((await ok(member.client, EQ.event, { slug: input.slug })).event.title).toBe('Annual Conference 2027');

    const before = await db.snapshot();
    const bad: [Record<string, unknown>, string][] = [
      [eventInput({ timeZone: 'Florida/Jacksonville' }), 'INVALID_TIME_ZONE'],
      [eventInput({ endsAt: '2027-11-14T12:00:00Z' }), 'INVALID_EVENT_TIMES'],
      [eventInput({ cancellationDeadline: '2027-11-16T00:00:00Z' }), 'INVALID_EVENT_TIMES'],
      [eventInput({ slug: input.slug }), 'SLUG_TAKEN'],
      [eventInput({ questions: [{ id: 'diet', label: 'Diet', kind: 'choice', options: ['Only one'], required: true }] }), 'INVALID_QUESTIONS'],
      [eventInput({ slug: 'Not A Slug' }), 'VALIDATION_FAILED'],
      [eventInput({ joinUrl: 'javascript:alert(1)' }), 'VALIDATION_FAILED'],
      [eventInput({ title: undefined }), 'VALIDATION_FAILED'],
    ];
    for (const [bodyInput, reason] of bad) {
      const e = await fail(staff.client, AQ.create, { input: bodyInput });
      expect(e.extensions).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|CONFLICT/), reason });
    }
    expect((await fail(staff.client, AQ.update, { input: { id: createEvent.id, status: 'CANCELLED' } })).extensions?.reason).toBe('VALIDATION_FAILED');
    expect((await fail(staff.client, AQ.update, { input: { id: MADE_UP_ID, title: 'x' } })).extensions?.reason).toBe('EVENT_NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('sessions with speakers, ticket types, bundles and promo codes', async () => {
    const staff = await w.staff();
    const speaker = await w.member({ displayName: 'Dr Farris Timimi' });
    const conf = (await ok(staff.client, AQ.create, { input: eventInput({ status: 'PUBLISHED' }) })).createEvent;
    const residency = (await ok(staff.client, AQ.create, { input: eventInput({ kind: 'RESIDENCY', title: 'Residency', startsAt: '2027-11-13T13:30:00Z', endsAt: '2027-11-13T22:00:00Z', status: 'PUBLISHED', questions: [] }) })).createEvent;

    const { createEventSession } = await ok(staff.client, AQ.session, {
      input: { eventId: conf.id, type: 'KEYNOTE', title: 'Opening keynote', startsAt: '2027-11-14T14:00:00Z', endsAt: '2027-11-14T15:00:00Z', speakerIds: [speaker.id] },
    });
    expect(createEventSession).toMatchObject({ title: 'Opening keynote', track: null, venueStart: '2027-11-14T09:00:00-05:00', speakers: [{ userId: speaker.id, displayName: 'Dr Farris Timimi' }] });
    expect((await fail(staff.client, AQ.session, { input: { eventId: conf.id, type: 'KEYNOTE', title: 'Too early', startsAt: '2027-11-13T14:00:00Z', endsAt: '2027-11-13T15:00:00Z' } })).extensions?.reason).toBe('INVALID_EVENT_TIMES');
    expect((await fail(staff.client, AQ.session, { input: { eventId: conf.id, type: 'KEYNOTE', title: 'Ghost', startsAt: '2027-11-14T14:00:00Z', endsAt: '2027-11-14T15:00:00Z', speakerIds: [MADE_UP_ID] } })).extensions?.reason).toBe('VALIDATION_FAILED');
    expect((await ok(staff.client, AQ.updateSession, { input: { id: createEventSession.id, room: 'Grand Ballroom', speakerIds: [] } })).updateEventSession).toMatchObject({ room: 'Grand Ballroom', speakers: [] });
    const agenda = (await ok(w.visitor(), EQ.agenda, { slug: conf.slug })).event.agenda;
    expect(agenda[0].tracks[0].sessions[0].title).toBe('Opening keynote');
    await ok(staff.client, AQ.deleteSession, { id: createEventSession.id });
    expect((await ok(w.visitor(), EQ.agenda, { slug: conf.slug })).event.agenda).toEqual([]);

    const confTicket = (await ok(staff.client, AQ.ticket, { input: { eventId: conf.id, name: 'Conference', listPriceCents: 99500, capacity: 300, inPerson: true } })).createTicketType;
    const resTicket = (await ok(staff.client, AQ.ticket, { input: { eventId: residency.id, name: 'Residency', listPriceCents: 79500, capacity: 40, inPerson: true } })).createTicketType;
    const bundle = (await ok(staff.client, AQ.ticket, { input: { componentTicketTypeIds: [resTicket.id, confTicket.id], name: 'Residency + Conference', listPriceCents: 159500, inPerson: true } })).createTicketType;
    expect(bundle).toMatchObject({ kind: 'BUNDLE', seatsLeft: 40 });
    expect(bundle.bundleEventIds.sort()).toEqual([conf.id, residency.id].sort());
    expect((await fail(staff.client, AQ.ticket, { input: { componentTicketTypeIds: [resTicket.id], name: 'One', listPriceCents: 1 } })).extensions?.reason).toBe('VALIDATION_FAILED');

    const code = `JAX${Date.now().toString(36).toUpperCase()}`;
    const promo = (await ok(staff.client, AQ.promo, { input: { code: code.toLowerCase(), percentOff: 30, maxUses: 2, eventId: conf.id, ticketTypeIds: [confTicket.id] } })).createPromoCode;
    expect(promo).toMatchObject({ code, percentOff: 30, uses: 0, ticketTypeIds: [confTicket.id] });
    expect((await fail(staff.client, AQ.promo, { input: { code, percentOff: 10 } })).extensions?.reason).toBe('PROMO_CODE_TAKEN');
    expect((await fail(staff.client, AQ.promo, { input: { code: `${code}X`, percentOff: 10, amountOffCents: 500 } })).extensions?.reason).toBe('VALIDATION_FAILED');
    const member = await w.member();
    const quote = (await ok(member.client, EQ.quote, { input: { ticketTypeId: confTicket.id, quantity: 1, promoCode: code } })).priceQuote;
    expect(quote).toMatchObject({ totalCents: 69650, reason: 'PROMO_CODE' });
    await ok(staff.client, AQ.updatePromo, { input: { id: promo.id, active: false } });
    expect((await ok(staff.client, AQ.promos, { eventId: conf.id })).promoCodes.map((p: any) => p.code)).toEqual([code]);
  });

  it('raising a sold-out ticket’s capacity offers the new seat to the waiting list', async () => {
    const event = await w.event();
    const ticket = await w.ticket(event.id, { capacity: 1 });
    const first = await w.member();
    await register(w, first, ticket, { attendees: [self(first)] });
    const waiting = await w.member();
    await ok(waiting.client, EQ.joinWaitlist, { id: ticket });
    const staff = await w.staff();
    expect((await fail(staff.client, AQ.updateTicket, { input: { id: ticket, capacity: 0 } })).extensions?.reason).toBe('CAPACITY_BELOW_TAKEN');
    const { updateTicketType } = await ok(staff.client, AQ.updateTicket, { input: { id: ticket, capacity: 2 } });
    expect(updateTicketType).toMatchObject({ capacity: 2, seatsLeft: 0 });
    expect((await ok(waiting.client, EQ.myWaitlist)).myWaitlist[0]).toMatchObject({ status: 'OFFERED' });
    await t.mailbox.waitFor(waiting.email, { subject: /seat is free/ });
  });

  it('moving an event re-sends invites with a higher SEQUENCE; staff list registrations with filters', async () => {
    const staff = await w.staff();
    const input = eventInput({ status: 'PUBLISHED', questions: [] });
    const event = (await ok(staff.client, AQ.create, { input })).createEvent;
    const ticket = (await ok(staff.client, AQ.ticket, { input: { eventId: event.id, name: 'Conference', listPriceCents: 0 } })).createTicketType;
    const member = await w.member();
    const guest = attendee(1, { name: 'Zelda Quinn' });
    const order = await register(w, member, ticket.id, { attendees: [self(member), guest] });
    await ok(staff.client, AQ.update, { input: { id: event.id, startsAt: '2027-11-14T14:00:00Z' } });
    const [updated] = await t.mailbox.waitFor(guest.email as string, { subject: /^Updated/ });
    expect(updated.text).toContain('09:00');
    expect(icsOf(updated).events[0]).toMatchObject({ sequence: 1, localStart: '2027-11-14T09:00:00' });

    const page = (await ok(staff.client, AQ.registrations, { filter: { eventId: event.id, search: 'zelda' } })).eventRegistrations;
    expect(page.items.map((r: any) => r.attendeeName)).toEqual(['Zelda Quinn']);
    expect(page.items[0].ticketToken).toBeNull();
    expect(page).toMatchObject({ confirmed: 2, checkedIn: 0 });
    expect((await ok(staff.client, AQ.registrations, { filter: { eventId: event.id, checkedIn: true } })).eventRegistrations.items).toEqual([]);
    expect((await ok(staff.client, AQ.registrations, { filter: { eventId: event.id, status: 'confirmed' } })).eventRegistrations.items).toHaveLength(2);
    expect(order.id).toBeDefined();
  });

  it('cancelling an event cancels every order in it, refunds the paid ones and sends everyone a calendar cancellation', async () => {
    const staff = await w.staff();
    const event = await w.event({ title: `Doomed ${Date.now()}` });
    const ticket = await w.ticket(event.id, { listPriceCents: 9500 });
    const a = await w.member();
    const b = await w.member();
    const paid = await register(w, a, ticket, { attendees: [self(a)], paid: staff });
    const unpaid = await register(w, b, ticket, { attendees: [self(b), attendee(2)] });
    const { cancelEvent } = await ok(staff.client, AQ.cancel, { id: event.id, reason: 'The venue flooded.' });
    expect(cancelEvent).toEqual({ eventId: event.id, ordersCancelled: 2, seatsCancelled: 3 });
    const states = await db.query(`select id, state, refund_cents from orders where id = any($1) order by state`, [[paid.id, unpaid.id]]);
    expect(states).toEqual([
      { id: unpaid.id, state: 'cancelled', refund_cents: null },
      { id: paid.id, state: 'refunded', refund_cents: 9500 },
    ]);
    for (const to of [a.email, b.email]) {
      const [mail] = await t.mailbox.waitFor(to, { subject: /^Cancelled/ });
      expect(mail.text).toContain('has been cancelled. The venue flooded.');
      expect(icsOf(mail)).toMatchObject({ method: 'CANCEL' });
    }
    expect((await db.query(`select status from events where id = $1`, [event.id]))[0].status).toBe('cancelled');
    // Again: nothing left to do, no second emails.
    expect((await ok(staff.client, AQ.cancel, { id: event.id })).cancelEvent).toMatchObject({ ordersCancelled: 0 });
    expect(await t.mailbox.waitFor(a.email, { subject: /^Cancelled/ })).toHaveLength(1);
  });
});
