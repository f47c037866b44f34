import type { TestDb } from '../../utils/fixtures';
import { attendee, eventsSuite, EventsWorld, fail, MADE_UP_ID, ok } from '../../utils/events-fixtures';
import { logIn } from '../../utils/fixtures';
import { uniqueEmail } from '../../utils/test-app';
import { register, RQ, self } from './registration-fixtures';

const DAY = 86_400_000;
const QUESTIONS = [
  { id: 'diet', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegetarian', 'Vegan'], required: true },
  { id: 'access', label: 'Accessibility needs', kind: 'text', required: false },
];

/** A member's tickets: what they see, who else cannot, details and answers, cancelling a seat and transferring it. */
describe('event registrations', () => {
  const suite = eventsSuite();
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ db, w } = suite);
  });

  const seatRows = (orderId: string) =>
    db.query(`select id, status, ics_sequence, refund_cents, attendee_email, ticket_token_id, answers from registrations where order_id = $1 order by seat_index`, [orderId]);

  it('a member sees their own tickets with a QR code; another member gets NOT_FOUND exactly like a missing id', async () => {
    const event = await w.event({ kind: 'conference', title: 'Annual Conference', questions: QUESTIONS });
    const ticket = await w.ticket(event.id, { listPriceCents: 59900 });
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member)], answers: [{ questionId: 'diet', value: 'Vegan' }] });

    const { myRegistrations } = await ok(member.client, RQ.mine);
    const mine = myRegistrations.find((r: any) => r.orderId === order.id);
    expect(mine).toMatchObject({ status: 'CONFIRMED', orderState: 'AWAITING_PAYMENT', isBuyer: true, isAttendee: true, canCancel: true, canTransfer: true, attendeeName: member.displayName });
    expect(mine.answers).toEqual([{ questionId: 'diet', value: 'Vegan' }]);
    expect(mine.ticketToken).toMatch(/^t1\./);
    expect(mine.ticketQrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(mine.event).toMatchObject({ id: event.id, timeZone: 'America/New_York' });

    const other = await w.member();
    const theirs = await fail(other.client, RQ.one, { id: mine.id });
    const missing = await fail(other.client, RQ.one, { id: MADE_UP_ID });
    expect(theirs.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REGISTRATION_NOT_FOUND' });
    expect(theirs).toEqual(missing);
    expect((await ok(other.client, RQ.mine)).myRegistrations).toEqual([]);
    for (const q of [RQ.cancel]) expect((await fail(other.client, q, { id: mine.id })).extensions?.reason).toBe('REGISTRATION_NOT_FOUND');
    const transfer = await fail(other.client, RQ.transfer, { input: { registrationId: mine.id, name: 'X', email: uniqueEmail() } });
    expect(transfer.extensions?.reason).toBe('REGISTRATION_NOT_FOUND');
    const update = await fail(other.client, RQ.update, { input: { registrationId: mine.id, attendeeName: 'Hijacked', answers: [{ questionId: 'diet', value: 'None' }] } });
    expect(update.extensions?.reason).toBe('REGISTRATION_NOT_FOUND');
    expect((await fail(w.visitor(), RQ.mine)).extensions?.code).toBe('UNAUTHENTICATED');
    // Nothing changed for the owner.
    expect((await seatRows(order.id))[0]).toMatchObject({ status: 'confirmed', ics_sequence: 0 });
  });

  it('attendee details and answers can be changed; a missing required answer or an answer outside the choices is refused and nothing is written', async () => {
    const event = await w.event({ questions: QUESTIONS });
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member)], answers: [{ questionId: 'diet', value: 'None' }] });
    const id = order.registrations[0].id;
    const base = { registrationId: id, attendeeName: 'Dr Dana Brooks', credentials: 'MD, MPH', organization: 'Nemours' };

    const missing = await fail(member.client, RQ.update, { input: { ...base, answers: [{ questionId: 'access', value: 'Wheelchair' }] } });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_REQUIRED', fields: { diet: 'Dietary needs: please answer.' } });
    const wrong = await fail(member.client, RQ.update, { input: { ...base, answers: [{ questionId: 'diet', value: 'Pizza' }] } });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ANSWER' });
    const [row] = await db.query(`select attendee_name, answers from registrations where id = $1`, [id]);
    expect(row).toEqual({ attendee_name: member.displayName, answers: { diet: 'None' } });

    const { updateRegistration } = await ok(member.client, RQ.update, { input: { ...base, answers: [{ questionId: 'diet', value: 'Vegetarian' }, { questionId: 'access', value: 'Step-free seat' }] } });
    expect(updateRegistration).toMatchObject({ attendeeName: 'Dr Dana Brooks', attendeeCredentials: 'MD, MPH', attendeeOrganization: 'Nemours' });
    expect(updateRegistration.answers).toEqual(expect.arrayContaining([{ questionId: 'diet', value: 'Vegetarian' }, { questionId: 'access', value: 'Step-free seat' }]));
  });

  it('cancelling a paid seat before the deadline records its refund and frees the seat; twice is refused; the last seat refunds the order', async () => {
    const event = await w.event();
    const ticket = await w.ticket(event.id, { listPriceCents: 79500, capacity: 10 });
    const staff = await w.staff();
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member), attendee(1)], paid: staff });
    expect(order.state).toBe('PAID');
    expect(await w.taken(ticket)).toBe(2);
    const [first, second] = order.registrations;

    const { cancelRegistration } = await ok(member.client, RQ.cancel, { id: first.id });
    expect(cancelRegistration).toMatchObject({ status: 'CANCELLED', refundCents: 79500, canCancel: false, ticketToken: null });
    expect(await w.taken(ticket)).toBe(1);
    const [o1] = await db.query(`select state, total_cents, refund_cents from orders where id = $1`, [order.id]);
    expect(o1).toEqual({ state: 'paid', total_cents: 79500, refund_cents: null });
    expect((await db.query(`select quantity from order_lines where order_id = $1`, [order.id]))[0].quantity).toBe(1);

    const before = await w.counts();
    const again = await fail(member.client, RQ.cancel, { id: first.id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CANCELLED' });
    expect(await w.counts()).toEqual(before);
    expect((await seatRows(order.id))[0]).toMatchObject({ status: 'cancelled', ics_sequence: 1, refund_cents: 79500 });

    await ok(member.client, RQ.cancel, { id: second.id });
    const [o2] = await db.query(`select state, refund_cents from orders where id = $1`, [order.id]);
    expect(o2).toEqual({ state: 'refunded', refund_cents: 79500 });
    expect(await w.taken(ticket)).toBe(0);
    // The order's own cancellation is now refused too (nothing left to cancel).
    expect((await fail(member.client, `mutation($id: ID!) { cancelOrder(orderId: $id) { id } }`, { id: order.id })).extensions?.reason).toBe('ALREADY_CANCELLED');
    expect(await w.taken(ticket)).toBe(0);
  });

  it('after the cancellation deadline a member cannot cancel (staff still can), and nothing changes', async () => {
    const event = await w.event({ startsAt: new Date(Date.now() + 3 * DAY), cancellationDeadline: new Date(Date.now() - DAY) });
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member)] });
    const before = await w.counts();
    const late = await fail(member.client, RQ.cancel, { id: order.registrations[0].id });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CANCELLATION_CLOSED' });
    expect(await w.counts()).toEqual(before);
    expect((await seatRows(order.id))[0]).toMatchObject({ status: 'confirmed', ics_sequence: 0 });
    const mine = (await ok(member.client, RQ.one, { id: order.registrations[0].id })).registration;
    expect(mine.canCancel).toBe(false);

    const staff = await w.staff();
    expect((await ok(staff.client, RQ.cancel, { id: order.registrations[0].id })).cancelRegistration.status).toBe('CANCELLED');
    expect((await db.query(`select state from orders where id = $1`, [order.id]))[0].state).toBe('cancelled');
  });

  it('a seat goes to a colleague: a new ticket for them, the old QR void, the colleague sees it and the former attendee does not', async () => {
    const event = await w.event({ questions: QUESTIONS });
    const ticket = await w.ticket(event.id);
    const buyer = await w.member();
    const first = await w.member();
    const colleague = await w.member();
    const order = await register(w, buyer, ticket, { attendees: [{ name: first.displayName, email: first.email, answers: [] }], answers: [{ questionId: 'diet', value: 'None' }] });
    const id = order.registrations[0].id;
    // The attendee's verified account is linked at confirmation: they see the seat they did not buy.
    const seen = (await ok(first.client, RQ.one, { id })).registration;
    expect(seen).toMatchObject({ isBuyer: false, isAttendee: true });
    const oldToken = seen.ticketToken;
    const [before] = await seatRows(order.id);

    const bad = await fail(first.client, RQ.transfer, { input: { registrationId: id, name: 'Sam', email: 'not-an-address', answers: [] } });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const same = await fail(first.client, RQ.transfer, { input: { registrationId: id, name: 'Sam', email: first.email.toUpperCase(), answers: [] } });
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRANSFER_INVALID_EMAIL' });
    const noAnswer = await fail(first.client, RQ.transfer, { input: { registrationId: id, name: 'Sam', email: colleague.email, answers: [] } });
    expect(noAnswer.extensions).toMatchObject({ reason: 'ANSWER_REQUIRED' });
    expect((await seatRows(order.id))[0]).toEqual(before);

    const { transferRegistration } = await ok(first.client, RQ.transfer, {
      input: { registrationId: id, name: colleague.displayName, email: colleague.email, credentials: 'RN', organization: 'Baptist Health', answers: [{ questionId: 'diet', value: 'Vegan' }] },
    });
    expect(transferRegistration).toMatchObject({ attendeeEmail: colleague.email, isAttendee: false, ticketToken: null });
    const [after] = await seatRows(order.id);
    expect(after).toMatchObject({ status: 'confirmed', ics_sequence: 1, attendee_email: colleague.email, answers: { diet: 'Vegan' } });
    expect(after.ticket_token_id).not.toBe(before.ticket_token_id);

    expect((await fail(first.client, RQ.one, { id })).extensions?.reason).toBe('REGISTRATION_NOT_FOUND');
    const theirs = (await ok(colleague.client, RQ.one, { id })).registration;
    expect(theirs).toMatchObject({ isAttendee: true, attendeeName: colleague.displayName });
    expect(theirs.ticketToken).not.toBe(oldToken);
    // The buyer still sees the seat they paid for.
    expect((await ok(buyer.client, RQ.one, { id })).registration.isBuyer).toBe(true);

    const staff = await w.staff();
    const voided = await fail(staff.client, RQ.checkIn, { eventId: event.id, token: oldToken });
    expect(voided.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TICKET_INVALID' });
    expect((await ok(staff.client, RQ.checkIn, { eventId: event.id, token: theirs.ticketToken })).checkInTicket.registration.attendeeName).toBe(colleague.displayName);
  });

  it('a colleague who makes an account after being registered finds the ticket, and a Residency check-in counts for them', async () => {
    const event = await w.event({ kind: 'residency' });
    const ticket = await w.ticket(event.id);
    const buyer = await w.member();
    const email = uniqueEmail('colleague');
    const order = await register(w, buyer, ticket, { attendees: [{ name: 'Casey Colleague', email, answers: [] }] });
    const id = order.registrations[0].id;
    // No account at confirmation: the seat belongs to nobody yet.
    expect((await db.query(`select attendee_user_id from registrations where id = $1`, [id]))[0].attendee_user_id).toBeNull();
    const unverified = await db.createUser({ email, displayName: 'Casey Colleague' });
    const early = w.visitor();
    await logIn(early, email);
    expect((await ok(early, RQ.mine)).myRegistrations.map((r: any) => [r.id, r.isAttendee])).toEqual([[id, true]]);

    const staff = await w.staff();
    const token = (await ok(early, RQ.one, { id })).registration.ticketToken;
    await ok(staff.client, RQ.checkIn, { eventId: event.id, token });
    expect(await db.query(`select source from fellowship_eligibility where user_id = $1`, [unverified.id])).toEqual([{ source: 'residency_check_in' }]);
  });

  it('a transfer is refused once the event has started', async () => {
    const event = await w.event({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + DAY), cancellationDeadline: null });
    const ticket = await w.ticket(event.id);
    const staff = await w.staff();
    const member = await w.member();
    // Sales have closed at the start: arrange the seat as staff would see it after a door sale.
    await db.query(`update events set starts_at = now() + interval '1 hour' where id = $1`, [event.id]);
    const order = await register(w, member, ticket, { attendees: [self(member)] });
    await db.query(`update events set starts_at = now() - interval '1 hour' where id = $1`, [event.id]);
    const late = await fail(member.client, RQ.transfer, { input: { registrationId: order.registrations[0].id, name: 'Sam', email: uniqueEmail(), answers: [] } });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSFER_CLOSED' });
    expect((await seatRows(order.id))[0].ics_sequence).toBe(0);
    expect(staff).toBeDefined();
  });
});
