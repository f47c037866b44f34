import type { TestDb } from '../../utils/fixtures';
import { attendee, EQ, eventsSuite, EventsWorld, fail, key, ok } from '../../utils/events-fixtures';

/** Pricing on the server, checkout, confirmation by invoice, payment, cancellation and idempotency. */
describe('events checkout', () => {
  const suite = eventsSuite();
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ db, w } = suite);
  });

  it('a premium member sees $795 → $596.25 before committing, and the order charges exactly that', async () => {
    const residency = await w.event({ kind: 'residency', title: 'Social Media Residency' });
    const ticket = await w.ticket(residency.id, { listPriceCents: 79500, inPerson: true });
    const member = await w.member({ premium: true });
    const { priceQuote } = await ok(member.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1 } });
    expect(priceQuote).toMatchObject({ buyerTier: 'premium', listPriceCents: 79500, discountCents: 19875, totalCents: 59625, reason: 'PREMIUM_MEMBER', explanation: 'Premium members save 25% on in-person events.' });

    const { checkout } = await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) });
    expect(checkout).toMatchObject({ state: 'PENDING', subtotalCents: 79500, discountCents: 19875, totalCents: 59625, discountReason: 'PREMIUM_MEMBER' });
    expect(new Date(checkout.holdExpiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(checkout.registrations).toHaveLength(1);
    expect(checkout.registrations[0]).toMatchObject({ eventId: residency.id, status: 'HELD' });
    expect(await w.taken(ticket)).toBe(1);

    const { confirmOrder } = await ok(member.client, EQ.confirm, { id: checkout.id });
    expect(confirmOrder).toMatchObject({ state: 'AWAITING_PAYMENT', paymentProvider: 'invoice', holdExpiresAt: null, totalCents: 59625 });
    expect(confirmOrder.invoiceNumber).toMatch(/^INV-\d{4}-\d+$/);
    expect(confirmOrder.registrations[0].status).toBe('CONFIRMED');
    // A second click on "confirm" changes nothing.
    expect((await ok(member.client, EQ.confirm, { id: checkout.id })).confirmOrder.invoiceNumber).toBe(confirmOrder.invoiceNumber);

    const staff = await w.staff();
    expect((await fail(member.client, EQ.markPaid, { id: checkout.id })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    const { markOrderPaid } = await ok(staff.client, EQ.markPaid, { id: checkout.id, reference: 'Wire 42' });
    expect(markOrderPaid).toMatchObject({ state: 'PAID' });
    expect(markOrderPaid.paidAt).not.toBeNull();
  });

  it('a guest pays full price; the membership is read on the server, whatever the browser says', async () => {
    const event = await w.event({ kind: 'residency' });
    const ticket = await w.ticket(event.id, { listPriceCents: 79500 });
    const guest = await w.member();
    const { priceQuote } = await ok(guest.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 2 } });
    expect(priceQuote).toMatchObject({ buyerTier: 'guest', totalCents: 159000, reason: 'NONE' });
    const { checkout } = await ok(guest.client, EQ.checkout, { input: w.checkoutInput(ticket, 2) });
    expect(checkout).toMatchObject({ totalCents: 159000, discountCents: 0 });
    expect(checkout.registrations).toHaveLength(2);
  });

  it('the best single discount applies: a better promo code beats membership, never both', async () => {
    const event = await w.event({ kind: 'residency' });
    const ticket = await w.ticket(event.id, { listPriceCents: 79500 });
    const weak = await w.promo({ percentOff: 10 });
    const strong = await w.promo({ percentOff: 40, maxUses: 5 });
    const member = await w.member({ premium: true });
    const q1 = (await ok(member.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1, promoCode: weak.toLowerCase() } })).priceQuote;
    expect(q1).toMatchObject({ totalCents: 59625, reason: 'PREMIUM_MEMBER', promoProblem: 'NOT_BETTER', promoCode: null });
    const q2 = (await ok(member.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1, promoCode: strong } })).priceQuote;
    expect(q2).toMatchObject({ totalCents: 47700, reason: 'PROMO_CODE', promoCode: strong });
    const { checkout } = await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { promoCode: strong }) });
    expect(checkout).toMatchObject({ totalCents: 47700, discountReason: 'PROMO_CODE' });
    expect((await db.query(`select uses from promo_codes where code = $1`, [strong]))[0].uses).toBe(1);
    // The weak code was not used: it stays available.
    await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { promoCode: weak }) });
    expect((await db.query(`select uses from promo_codes where code = $1`, [weak]))[0].uses).toBe(0);
  });

  it('a webinar is free for premium members and confirmed at once; guests pay $95', async () => {
    const webinar = await w.event({ kind: 'webinar', joinUrl: 'https://meet.example.org/webinar-1' });
    const ticket = await w.ticket(webinar.id, { listPriceCents: 9500, inPerson: false, includedInPremium: true, capacity: null });
    const member = await w.member({ premium: true });
    const { checkout } = await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) });
    expect(checkout).toMatchObject({ state: 'PAID', totalCents: 0, discountReason: 'INCLUDED_IN_PREMIUM', invoiceNumber: null, holdExpiresAt: null });
    expect(checkout.registrations[0].status).toBe('CONFIRMED');
    const guest = await w.member();
    expect((await ok(guest.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1 } })).priceQuote.totalCents).toBe(9500);
  });

  it('a webinar’s join link is shown only to its registrants', async () => {
    const webinar = await w.event({ kind: 'webinar', joinUrl: 'https://meet.example.org/secret-room' });
    const ticket = await w.ticket(webinar.id, { listPriceCents: 0, inPerson: false, capacity: null });
    const registrant = await w.member();
    const other = await w.member({ premium: true });
    await ok(registrant.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { attendees: [attendee(0, { email: registrant.email })] }) });
    expect((await ok(registrant.client, EQ.event, { slug: webinar.slug })).event.joinUrl).toBe('https://meet.example.org/secret-room');
    expect((await ok(other.client, EQ.event, { slug: webinar.slug })).event.joinUrl).toBeNull();
    expect((await ok(w.visitor(), EQ.event, { slug: webinar.slug })).event.joinUrl).toBeNull();
  });

  it('a double-clicked checkout is one order; the same key for another purchase is refused', async () => {
    const event = await w.event();
    // Exactly the seats asked for: the copies must not be told "sold out" by the first click's seats.
    const ticket = await w.ticket(event.id, { capacity: 2 });
    const member = await w.member();
    const input = w.checkoutInput(ticket, 2);
    const results = await Promise.all(Array.from({ length: 5 }, () => member.client.gql(EQ.checkout, { input })));
    const ids = new Set(results.map((r) => r.data?.checkout?.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await w.taken(ticket)).toBe(2);
    expect((await db.query(`select count(*)::int as n from orders where buyer_id = $1`, [member.id]))[0].n).toBe(1);
    const err = await fail(member.client, EQ.checkout, { input: { ...input, quantity: 1, attendees: input.attendees.slice(0, 1) } });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('a bundle takes a seat in every event at once, and sells out with either', async () => {
    const residency = await w.event({ kind: 'residency' });
    const conference = await w.event({ kind: 'conference' });
    const r = await w.ticket(residency.id, { capacity: 3 });
    const c = await w.ticket(conference.id, { capacity: 2 });
    const bundle = await w.bundle([r, c], { listPriceCents: 179500 });
    const member = await w.member({ premium: true });
    const { checkout } = await ok(member.client, EQ.checkout, { input: w.checkoutInput(bundle, 2) });
    expect(checkout.totalCents).toBe(134625 * 2);
    expect(checkout.registrations.map((x: any) => x.eventId).sort()).toEqual([conference.id, conference.id, residency.id, residency.id].sort());
    expect([await w.taken(r), await w.taken(c), await w.taken(bundle)]).toEqual([2, 2, 2]);
    const { event } = await ok(member.client, EQ.event, { slug: residency.slug });
    expect(event.ticketTypes.find((x: any) => x.id === bundle)).toMatchObject({ kind: 'BUNDLE', seatsLeft: 0, soldOut: true, bundleEventIds: expect.arrayContaining([residency.id, conference.id]) });
    expect(event.ticketTypes.find((x: any) => x.id === r)).toMatchObject({ seatsLeft: 1, soldOut: false });
    const before = await w.counts();
    const err = await fail(member.client, EQ.checkout, { input: w.checkoutInput(bundle, 1) });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SOLD_OUT' });
    expect(await w.counts()).toEqual(before);
  });

  it('cancelling gives seats back and records the refund; twice or after the deadline is refused', async () => {
    const event = await w.event({ cancellationDeadline: new Date(Date.now() + 86_400_000) });
    const late = await w.event({ cancellationDeadline: new Date(Date.now() - 60_000) });
    const ticket = await w.ticket(event.id, { capacity: 5, listPriceCents: 0 });
    const lateTicket = await w.ticket(late.id, { capacity: 5, listPriceCents: 0 });
    const member = await w.member();
    const { checkout } = await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 2) });
    expect(checkout.state).toBe('PAID');
    const { cancelOrder } = await ok(member.client, EQ.cancel, { id: checkout.id, reason: 'Cannot travel' });
    expect(cancelOrder).toMatchObject({ state: 'REFUNDED', refundCents: 0 });
    expect(cancelOrder.registrations.every((r: any) => r.status === 'CANCELLED')).toBe(true);
    expect(await w.taken(ticket)).toBe(0);
    expect((await fail(member.client, EQ.cancel, { id: checkout.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CANCELLED' });
    const seq = await db.query(`select ics_sequence from registrations where order_id = $1`, [checkout.id]);
    expect(seq.every((r) => r.ics_sequence === 1)).toBe(true);

    const lateOrder = (await ok(member.client, EQ.checkout, { input: w.checkoutInput(lateTicket, 1) })).checkout;
    expect((await fail(member.client, EQ.cancel, { id: lateOrder.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'CANCELLATION_CLOSED' });
    const staff = await w.staff();
    expect((await ok(staff.client, EQ.cancel, { id: lateOrder.id })).cancelOrder.state).toBe('REFUNDED');
  });

  it('another member cannot see, confirm or cancel your order: it looks like nothing', async () => {
    const event = await w.event();
    const ticket = await w.ticket(event.id);
    const owner = await w.member();
    const other = await w.member({ premium: true });
    const { checkout } = await ok(owner.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) });
    for (const [q, v] of [[EQ.order, { id: checkout.id }], [EQ.confirm, { id: checkout.id }], [EQ.cancel, { id: checkout.id }]] as const) {
      expect((await fail(other.client, q, v)).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
      expect((await fail(other.client, q, { id: '5b0e7c1a-3d2f-4c8e-9a61-2f4d8e0b1c39' })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
    }
    expect((await fail(w.visitor(), EQ.checkout, { input: w.checkoutInput(ticket, 1) })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await ok(owner.client, EQ.myOrders)).myOrders.map((o: any) => o.id)).toContain(checkout.id);
    expect((await ok(other.client, EQ.myOrders)).myOrders.map((o: any) => o.id)).not.toContain(checkout.id);
  });

  it('Premium Individual membership is bought through the same checkout and granted when paid', async () => {
    const product = await w.membershipProduct(49900, 12);
    const buyer = await w.member();
    const { priceQuote } = await ok(buyer.client, EQ.quote, { input: { ticketTypeId: product, quantity: 1 } });
    expect(priceQuote).toMatchObject({ totalCents: 49900, reason: 'NONE' });
    const { checkout } = await ok(buyer.client, EQ.checkout, { input: { ticketTypeId: product, quantity: 1, attendees: [], answers: [], idempotencyKey: key() } });
    await ok(buyer.client, EQ.confirm, { id: checkout.id });
    expect(await db.query(`select 1 from premium_grants where user_id = $1`, [buyer.id])).toHaveLength(0);
    const staff = await w.staff();
    await ok(staff.client, EQ.markPaid, { id: checkout.id });
    const grants = await db.query(`select source, ends_at - starts_at > interval '360 days' as year from premium_grants where user_id = $1 and revoked_at is null`, [buyer.id]);
    expect(grants).toEqual([{ source: 'purchase', year: true }]);
    // Premium now: the next quote gets the member price.
    const event = await w.event({ kind: 'residency' });
    const ticket = await w.ticket(event.id, { listPriceCents: 79500 });
    expect((await ok(buyer.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1 } })).priceQuote.totalCents).toBe(59625);
    expect((await fail(buyer.client, EQ.cancel, { id: checkout.id })).extensions).toMatchObject({ reason: 'CANCELLATION_CLOSED' });
    // Staff refunding the membership ends it: the grant is revoked and full prices are back.
    expect((await ok(staff.client, EQ.cancel, { id: checkout.id, reason: 'Refund requested' })).cancelOrder).toMatchObject({ state: 'REFUNDED', refundCents: 49900 });
    expect(await db.query(`select 1 from premium_grants where user_id = $1 and revoked_at is null`, [buyer.id])).toHaveLength(0);
    expect((await ok(buyer.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1 } })).priceQuote.totalCents).toBe(79500);
  });
});
